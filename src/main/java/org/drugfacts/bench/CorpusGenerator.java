package org.drugfacts.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.drugfacts.lexicon.Lexicon;
import org.drugfacts.lexicon.LexiconEntry;
import org.drugfacts.model.ConceptType;
import org.drugfacts.model.SourceDocument;

/**
 * Makes a synthetic corpus of drug articles in memory for the extraction benchmark: each document picks a
 * drug from the lexicon and writes about it with varied templates (Markdown and plain headings, bullet and
 * numbered lists, lists introduced by a cue sentence, cue prose, negations, hedges, brand names, strengths,
 * filler prose and spam lines), so the extractor meets every path it has. Seeded: the same arguments give
 * the same corpus.
 */
public final class CorpusGenerator {
    private static final String[] FILLER = {
        "Many people have questions about their medicines, and a pharmacist is a good person to ask.",
        "Keep every medicine out of the reach of children and store it at room temperature.",
        "This article is for general information and does not replace the advice of your own doctor.",
        "Patients often notice the first benefits within a few days, although the full effect can take longer.",
        "Write down the questions you want to ask before your next appointment.",
        "The information below was reviewed by our editorial team and is updated regularly.",
        "Tell your care team about all the products you use, including vitamins and herbal supplements.",
        "Everyone responds differently, so your treatment plan may not look like somebody else's.",
    };
    private static final String[] SPAM = {
        "Buy %s online cheap with overnight delivery and no prescription needed!",
        "Order %s now at the best price, discount code SAVE20, visit www.example-pharmacy.test",
        "%s kopen zonder recept, snelle levering.",
    };
    private static final String[] BULLETS = {"- ", "* ", "\u2022 ", "\u00b7 ", "\u25aa "};

    private final Random random;
    private final List<LexiconEntry> drugs;
    private final List<LexiconEntry> conditions;
    private final List<LexiconEntry> effects;
    private final List<LexiconEntry> classes;
    private final List<LexiconEntry> substances;
    private final List<LexiconEntry> forms;
    private final List<LexiconEntry> populations;

    public CorpusGenerator(Lexicon lexicon, long seed) {
        this.random = new Random(seed);
        this.drugs = of(lexicon, ConceptType.DRUG);
        this.conditions = of(lexicon, ConceptType.CONDITION);
        this.effects = of(lexicon, ConceptType.EFFECT);
        this.classes = of(lexicon, ConceptType.DRUG_CLASS);
        this.substances = of(lexicon, ConceptType.SUBSTANCE);
        this.forms = of(lexicon, ConceptType.DOSAGE_FORM);
        this.populations = of(lexicon, ConceptType.POPULATION);
        if (drugs.isEmpty() || conditions.isEmpty()) {
            throw new IllegalArgumentException("the lexicon needs drugs and conditions to generate a corpus from");
        }
    }

    private static List<LexiconEntry> of(Lexicon lexicon, ConceptType type) {
        List<LexiconEntry> list = new ArrayList<>();
        for (LexiconEntry e : lexicon.entries()) {
            if (e.concept().type() == type) {
                list.add(e);
            }
        }
        return list;
    }

    /** {@code count} documents named {@code bench-00001.txt} and so on. */
    public List<SourceDocument> documents(int count) {
        List<SourceDocument> docs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            docs.add(SourceDocument.ofText(String.format("bench-%05d.txt", i + 1), document()));
        }
        return docs;
    }

    private String document() {
        String drug = label(drugs);
        String title = capital(drug);
        StringBuilder b = new StringBuilder(4096);
        b.append(random.nextBoolean() ? "# " + title + "\n\n" : title + ": uses, side effects and warnings\n\n");
        b.append(title).append(" is a ").append(singular(label(classes))).append(". ")
                .append(pick(FILLER)).append(' ').append(pick(FILLER)).append("\n\n");
        b.append(pick(new String[] {"## Indications for use", "What is it used for?", "Uses"})).append("\n\n");
        b.append(title).append(" is used to treat ").append(label(conditions)).append(" and ").append(label(conditions))
                .append(". It is also prescribed for ").append(label(conditions)).append(". ").append(pick(FILLER)).append("\n\n");
        b.append(pick(new String[] {"Who should not take " + drug + "?", "Do not use if:", "Contraindications"})).append("\n\n");
        list(b, conditions, 3 + random.nextInt(3), random.nextBoolean());
        b.append('\n').append(pick(new String[] {"Possible side effects", "Side effects", "## Adverse reactions"})).append("\n\n");
        b.append(title).append(" may cause ").append(label(conditions)).append(", ").append(label(effects)).append(" or ")
                .append(label(conditions)).append(". In rare cases, it can cause ").append(label(conditions)).append(". ")
                .append(title).append(" does not cause ").append(label(conditions)).append(". ").append(pick(FILLER)).append("\n\n");
        b.append("Serious side effects may include:\n\n");
        list(b, conditions, 4 + random.nextInt(4), false);
        if (random.nextInt(3) == 0) {
            b.append('\n').append(String.format(pick(SPAM), title)).append('\n');
        }
        b.append("\nDrug interactions\n\n").append("Combining ").append(drug).append(" with ").append(label(substances))
                .append(" or ").append(label(drugs)).append(" increases the risk of ").append(label(effects)).append(". ")
                .append(title).append(" interacts with ").append(label(classes)).append(". ").append(pick(FILLER)).append("\n\n");
        b.append("How should this medicine be used?\n\n").append(title).append(" comes as a ").append(label(forms))
                .append(" to take by mouth, usually ").append(random.nextBoolean() ? "twice a day" : "three times a day")
                .append(". Tablets: 0.5 mg, 1 mg, 2 mg. ").append(pick(FILLER)).append("\n\n");
        b.append("Use during pregnancy and breastfeeding\n\n").append(capital(label(populations)))
                .append(" should ask a doctor before taking it. ").append(pick(FILLER)).append(' ').append(pick(FILLER)).append("\n\n");
        b.append("Withdrawal\n\nStopping ").append(drug).append(" suddenly can cause withdrawal symptoms such as ")
                .append(label(conditions)).append(", ").append(label(conditions)).append(" and ").append(label(conditions))
                .append(". Approx. one in ten people, e.g. those on high doses, notice them. ").append(pick(FILLER)).append("\n\n");
        for (int i = 0; i < 6; i++) {
            b.append(pick(FILLER)).append(' ');
        }
        b.append('\n');
        return b.toString();
    }

    private void list(StringBuilder b, List<LexiconEntry> from, int items, boolean numbered) {
        String bullet = pick(BULLETS);
        for (int i = 0; i < items; i++) {
            b.append(numbered ? (i + 1) + ". " : bullet).append(label(from)).append('\n');
        }
    }

    private String label(List<LexiconEntry> from) {
        LexiconEntry e = from.get(random.nextInt(from.size()));
        List<String> labels = e.labels();
        return labels.get(random.nextInt(labels.size()));
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String singular(String s) {
        return s.endsWith("s") ? s.substring(0, s.length() - 1) : s;
    }
}
