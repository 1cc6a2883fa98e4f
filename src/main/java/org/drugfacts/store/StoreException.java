package org.drugfacts.store;

import org.drugfacts.DrugFactsException;

/** The store cannot do what was asked: the message says which store, which document, and why. */
public class StoreException extends DrugFactsException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
