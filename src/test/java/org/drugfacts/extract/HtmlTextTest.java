package org.drugfacts.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import org.drugfacts.model.Fact;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTML pages are read as the lines the extractor expects; page furniture states nothing. */
class HtmlTextTest {
    private static final String PAGE = """
            <!DOCTYPE html><html><head><title>Diazepam: uses and side effects</title>
            <style>body { color: red }</style><script>var side = "effects: coma";</script></head>
            <body><header><nav><ul><li><a href="/">Home</a></li><li>Side effects checker</li></ul></nav></header>
            <main><h1>Diazepam</h1>
            <table class="infobox"><tr><th>Trade names</th><td>Valium</td></tr><tr><th>Routes</th><td>by mouth</td></tr></table>
            <p>Diazepam acts on GABA&#8209;A receptors &ndash; like other benzodiazepines<sup class="reference">[1]</sup>.</p>
            <h2>Side effects</h2>
            <table><tr><th>Side effect</th><th>How often</th></tr>
            <tr><td>Drowsiness</td><td>44%</td></tr><tr><td>Ataxia</td><td>5&nbsp;%</td></tr></table>
            <h2>Interactions</h2><ul><li>opioids</li><li>ketoconazole</li></ul></main>
            <footer>Headache? Ask our pharmacist. &copy; 2026</footer></body></html>
            """;

    @Test
    void headingsItemsAndRowsStandOnTheirOwnLines() {
        assertEquals("""
                Diazepam: uses and side effects

                Diazepam

                Trade names: Valium
                Routes: by mouth

                Diazepam acts on GABA\u2011A receptors \u2013 like other benzodiazepines.

                Side effects

                | Side effect | How often |
                | Drowsiness | 44% |
                | Ataxia | 5 % |

                Interactions

                • opioids
                • ketoconazole""", HtmlText.of(PAGE));
    }

    @Test
    void aTableOfSideEffectsIsReadAndTheFurnitureIsNot(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("diazepam.html");
        Files.writeString(file, PAGE, StandardCharsets.UTF_8);
        Set<String> facts = new TreeSet<>();
        for (Fact f : new Extractor(TestLexicon.get()).extract(new DocumentReader().read(file))) {
            facts.add(f.relation().tsvName() + " " + f.object().prefLabel());
        }
        assertTrue(facts.containsAll(Set.of("adverse_effect drowsiness", "adverse_effect ataxia",
                "interaction opioids", "interaction ketoconazole")), facts.toString());
        assertTrue(facts.stream().noneMatch(f -> f.endsWith("coma") || f.endsWith("headache")), facts.toString());
    }
}
