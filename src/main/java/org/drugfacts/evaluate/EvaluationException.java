package org.drugfacts.evaluate;

import org.drugfacts.DrugFactsException;

/** A gold file or an evaluation input is unusable: the message names it and says what to fix. */
public class EvaluationException extends DrugFactsException {
    public EvaluationException(String message) {
        super(message);
    }

    public EvaluationException(String message, Throwable cause) {
        super(message, cause);
    }
}
