package org.plenary.intake;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns HTML mail into plain text that keeps its lines: commands are read one per line, so a
 * {@code <br>}, paragraph, div, list item or table row must end a line. Thread-safe (stateless).
 */
final class HtmlText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "tr", "ul", "ol", "table", "blockquote",
            "h1", "h2", "h3", "h4", "h5", "h6", "pre", "hr", "section", "article", "header", "footer", "dt", "dd");
    private static final Set<String> SKIPPED = Set.of("script", "style", "head", "title", "template");

    private HtmlText() {
    }

    static String of(String html) {
        return of(Jsoup.parse(html));
    }

    static String of(Element root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            int skipping;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element element) {
                    String tag = element.normalName();
                    if (SKIPPED.contains(tag)) {
                        skipping++;
                    } else if (tag.equals("br") || BLOCKS.contains(tag)) {
                        out.append('\n');
                    } else if (tag.equals("td") || tag.equals("th")) {
                        out.append(' ');
                    }
                } else if (node instanceof TextNode text && skipping == 0) {
                    out.append(inPre(text) ? text.getWholeText() : collapse(text.getWholeText()));
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element) {
                    String tag = element.normalName();
                    if (SKIPPED.contains(tag)) {
                        skipping--;
                    } else if (BLOCKS.contains(tag)) {
                        out.append('\n');
                    }
                }
            }
        }, root);
        return tidy(out);
    }

    private static boolean inPre(TextNode text) {
        for (Element parent = text.parent(); parent != null; parent = parent.parent()) {
            if (parent.normalName().equals("pre")) {
                return true;
            }
        }
        return false;
    }

    private static String collapse(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                space = true;
            } else {
                if (space) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            }
        }
        if (space) {
            out.append(' ');
        }
        return out.toString();
    }

    /** Trims each line and keeps at most one blank line in a row, as a person would have typed it. */
    private static String tidy(CharSequence raw) {
        StringBuilder out = new StringBuilder(raw.length());
        int blank = 0;
        for (String line : raw.toString().split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                blank++;
                continue;
            }
            if (out.length() > 0) {
                out.append(blank > 1 ? "\n\n" : "\n");
            }
            blank = 0;
            out.append(trimmed);
        }
        return out.toString();
    }
}
