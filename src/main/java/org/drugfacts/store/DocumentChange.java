package org.drugfacts.store;

/** What loading or removing one document did to the store. */
public enum DocumentChange {
    ADDED, REPLACED, UNCHANGED, REMOVED, ABSENT
}
