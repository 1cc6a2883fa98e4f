package org.drugfacts.extract;

import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of an HTML page, laid out the way the extractor reads plain text: the title and each heading on a
 * line of its own, list items as bullet lines, table rows as Markdown rows ("| Dizziness | 44% |"), and an
 * infobox row of one header cell and one value as a label line ("Trade names: MS Contin"). What is not the
 * article is dropped first: scripts, navigation, footers, sidebars, forms and citation markers.
 */
final class HtmlText {
    /** Page furniture, by element and by the roles and classes sites and wikis give it. */
    private static final String NOT_CONTENT = "script, style, noscript, template, iframe, svg, canvas, select, button, "
            + "form, nav, footer, aside, header:has(nav), [role=navigation], [role=banner], [role=contentinfo], "
            + "[aria-hidden=true], sup.reference, .mw-editsection, .reflist, .references";

    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "ul", "ol",
            "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "blockquote", "pre", "figure", "figcaption",
            "address", "caption", "details", "summary", "hr");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    private HtmlText() {
    }

    static String of(String html) {
        Document page = Jsoup.parse(html);
        page.select(NOT_CONTENT).remove();
        StringBuilder text = new StringBuilder();
        if (!page.title().isBlank()) {
            text.append(page.title().strip()).append("\n\n");
        }
        NodeTraversor.traverse(new Layout(text), page.body());
        return tidy(text);
    }

    /** Writes text as it goes, and line breaks where blocks, headings, items and rows begin and end. */
    private record Layout(StringBuilder out) implements NodeVisitor {
        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                out.append(t.text());
            } else if (node instanceof Element e) {
                String tag = e.normalName();
                if (HEADINGS.contains(tag)) {
                    out.append("\n\n");
                } else if (tag.equals("li")) {
                    out.append("\n• ");
                } else if (tag.equals("tr")) {
                    out.append(labelRow(e) ? "\n" : "\n|");
                } else if ((tag.equals("td") || tag.equals("th")) && !labelRow(e.parent())) {
                    out.append(' ');
                } else if (tag.equals("br") || BLOCKS.contains(tag)) {
                    out.append('\n');
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e) {
                String tag = e.normalName();
                if (HEADINGS.contains(tag)) {
                    out.append("\n\n");
                } else if (tag.equals("th") && labelRow(e.parent())) {
                    out.append(": ");
                } else if ((tag.equals("td") || tag.equals("th")) && !labelRow(e.parent())) {
                    out.append(" |");
                } else if (BLOCKS.contains(tag)) {
                    out.append('\n'); // a row ends where the next one (or its table) begins: rows stay together
                }
            }
        }
    }

    /** An infobox row: one header cell naming what the one value cell holds. */
    private static boolean labelRow(Element row) {
        if (row == null || !row.normalName().equals("tr") || row.childrenSize() != 2) {
            return false;
        }
        return row.child(0).normalName().equals("th") && row.child(1).normalName().equals("td");
    }

    /** Single spaces, no space at a line's ends, at most one empty line in a row. */
    private static String tidy(CharSequence raw) {
        String text = raw.toString().replace('\u00a0', ' ');
        text = text.replaceAll("[ \\t]+", " ").replaceAll(" ?\\n ?", "\n");
        return text.replaceAll("\\n{3,}", "\n\n").strip();
    }
}
