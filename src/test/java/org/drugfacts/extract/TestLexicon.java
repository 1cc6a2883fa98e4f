package org.drugfacts.extract;

import java.net.URISyntaxException;
import java.nio.file.Path;

import org.drugfacts.lexicon.Lexicon;
import org.drugfacts.lexicon.LexiconFiles;

/** The small lexicon written for the extractor's tests, so they do not move when the shipped one grows. */
final class TestLexicon {
    private static Lexicon lexicon;

    private TestLexicon() {
    }

    static synchronized Lexicon get() {
        if (lexicon == null) {
            lexicon = new Lexicon(LexiconFiles.readFolder(resource("extract/lexicon")));
        }
        return lexicon;
    }

    static Path resource(String name) {
        try {
            return Path.of(TestLexicon.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("test resource " + name + " has no file path", e);
        }
    }
}
