package org.drugfacts.reasoning;

import org.drugfacts.DrugFactsException;

/** A derivation rule could not be read or run; the message names the rule file. */
public class ReasoningException extends DrugFactsException {
    public ReasoningException(String message, Throwable cause) {
        super(message, cause);
    }
}
