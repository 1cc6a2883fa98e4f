package org.drugfacts.query;

import org.drugfacts.DrugFactsException;

/** A question could not be loaded, bound or answered; the message names the question or parameter at fault. */
public class QueryException extends DrugFactsException {
    public QueryException(String message) {
        super(message);
    }

    public QueryException(String message, Throwable cause) {
        super(message, cause);
    }
}
