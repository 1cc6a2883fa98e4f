package org.drugfacts.cli;

/** Entry point of the drugfacts command line. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.out.println("drugfacts: under construction");
    }
}
