package org.drugfacts.lexicon;

import org.drugfacts.DrugFactsException;

/** The lexicon files are malformed: the message names the file and line. */
public class LexiconException extends DrugFactsException {
    public LexiconException(String message) {
        super(message);
    }

    public LexiconException(String message, Throwable cause) {
        super(message, cause);
    }
}
