package org.drugfacts.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.drugfacts.model.Concept;
import org.drugfacts.model.ConceptType;
import org.junit.jupiter.api.Test;

class LexiconMatcherTest {
    private static Concept c(ConceptType type, String slug, String label) {
        return new Concept(type, slug, label, true);
    }

    private final Lexicon lexicon = new Lexicon(List.of(
            new LexiconEntry(c(ConceptType.CONDITION, "anemia", "anemia"), List.of(), List.of(), Map.of()),
            new LexiconEntry(c(ConceptType.CONDITION, "behavior-change", "behavior change"), List.of(), List.of(), Map.of()),
            new LexiconEntry(c(ConceptType.CONDITION, "respiratory-failure", "respiratory failure"), List.of(), List.of(), Map.of()),
            new LexiconEntry(c(ConceptType.CONDITION, "severe-respiratory-failure", "severe respiratory failure"), List.of(), List.of(), Map.of()),
            new LexiconEntry(c(ConceptType.CONDITION, "lennox-gastaut-syndrome", "Lennox-Gastaut syndrome"), List.of(), List.of(), Map.of()),
            new LexiconEntry(c(ConceptType.EFFECT, "cns-depression", "CNS depression"), List.of("CNS"), List.of(), Map.of()),
            new LexiconEntry(c(ConceptType.EFFECT, "anxiolysis", "anxiolysis"), List.of("anti-anxiety effect"), List.of(), Map.of())));

    private List<String> found(String text) {
        List<Token> tokens = Tokenizer.tokenize(text);
        return lexicon.matcher().find(text, tokens, 0, tokens.size()).stream()
                .map(m -> m.concepts().get(0).slug() + "=" + text.substring(m.start(), m.end())).toList();
    }

    @Test
    void britishSpellingsPluralsAndPossessivesMeetTheirLabel() {
        assertEquals(List.of("anemia=anaemia", "behavior-change=behaviour changes"), found("anaemia and behaviour changes"));
        assertEquals(List.of("anemia=Anemia's"), found("Anemia's causes"));
    }

    @Test
    void nonBreakingSpacesSeparateWordsLikeSpaces() {
        assertEquals(List.of("severe-respiratory-failure=severe\u00a0respiratory\u00a0failure"),
                found("severe\u00a0respiratory\u00a0failure"));
    }

    @Test
    void theLongestLabelWins() {
        assertEquals(List.of("severe-respiratory-failure=severe respiratory failure", "respiratory-failure=respiratory failure"),
                found("severe respiratory failure or respiratory failure"));
    }

    @Test
    void hyphensSpacesAndJoinedWordsAreOneLabel() {
        assertEquals(List.of("lennox-gastaut-syndrome=Lennox Gastaut syndrome"), found("Lennox Gastaut syndrome"));
        assertEquals(List.of("anxiolysis=antianxiety effect"), found("an antianxiety effect"));
    }

    @Test
    void shortCapitalAbbreviationsMatchOnlyInCapitals() {
        assertEquals(List.of("cns-depression=CNS"), found("acts on the CNS"));
        assertEquals(List.of(), found("the cns is"));
    }

    @Test
    void resolvingALabelFoldsItLikeText() {
        assertEquals("anemia", lexicon.resolve("Anaemias", java.util.Set.of(ConceptType.CONDITION)).orElseThrow().slug());
        assertEquals(java.util.Optional.empty(), lexicon.resolve("anaemia", java.util.Set.of(ConceptType.EFFECT)));
    }
}
