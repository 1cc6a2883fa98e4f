package org.drugfacts;

/**
 * The one exception family of the project: each layer throws a subclass, with a message that names the
 * input at fault and says what to do. Only the command line turns it into a message and an exit code.
 */
public class DrugFactsException extends RuntimeException {
    public DrugFactsException(String message) {
        super(message);
    }

    public DrugFactsException(String message, Throwable cause) {
        super(message, cause);
    }
}
