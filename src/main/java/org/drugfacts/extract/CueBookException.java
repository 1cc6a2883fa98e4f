package org.drugfacts.extract;

import org.drugfacts.DrugFactsException;

/** A cue list in {@code data/extraction/} is missing or malformed: the message names the file and line. */
public class CueBookException extends DrugFactsException {
    public CueBookException(String message) {
        super(message);
    }

    public CueBookException(String message, Throwable cause) {
        super(message, cause);
    }
}
