package org.drugfacts.extract;

import org.drugfacts.DrugFactsException;

/** A document cannot be read as text (empty, binary, too large, not UTF-8): it is skipped, the rest loads. */
public class DocumentRejectedException extends DrugFactsException {
    private final String fileName;

    public DocumentRejectedException(String fileName, String reason) {
        super("document '" + fileName + "' " + reason + ": skipped");
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }
}
