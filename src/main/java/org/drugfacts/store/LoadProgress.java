package org.drugfacts.store;

/** Told after each document of a load, so a long load can show how far it is. */
@FunctionalInterface
public interface LoadProgress {
    LoadProgress NONE = (done, total, fileName) -> { };

    void documentDone(int done, int total, String fileName);
}
