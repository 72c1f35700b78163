package org.kogge.common;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.safety.Safelist;

/**
 * Markdown written by users, rendered to HTML that is safe to show: CommonMark renders, jsoup's Safelist then
 * keeps only harmless tags and http, https and mailto links.
 */
public final class Markdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();
    private static final Safelist SAFELIST = Safelist.basic()
            .addTags("h1", "h2", "h3", "h4", "h5", "h6", "hr")
            .removeProtocols("a", "href", "ftp")
            .addAttributes("a", "rel")
            .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer");

    /** The level a text's highest heading gets. */
    static final int TOP_HEADING = 4;

    private Markdown() {
    }

    /**
     * Sanitized HTML, wrapped in a single {@code div} so that it can be handed to Vaadin's {@code Html}. The text's
     * headings move below the page's own: its highest becomes an h4 (a page is its h1 title, then h3 sections such
     * as "Anmeldung" or "Programm"), the others keep their distance to it, down to h6.
     */
    public static String toSafeHtml(String markdown) {
        String raw = HTML.render(PARSER.parse(markdown == null ? "" : markdown));
        Document.OutputSettings out = new Document.OutputSettings().prettyPrint(false);
        Document clean = Jsoup.parseBodyFragment(Jsoup.clean(raw, "", SAFELIST, out));
        clean.outputSettings(out);
        Elements headings = clean.body().select("h1, h2, h3, h4, h5, h6");
        int highest = headings.stream().mapToInt(Markdown::level).min().orElse(TOP_HEADING);
        for (Element h : headings) {
            h.tagName("h" + Math.min(6, level(h) - highest + TOP_HEADING));
        }
        return "<div class=\"kogge-markdown\">" + clean.body().html() + "</div>";
    }

    private static int level(Element heading) {
        return heading.tagName().charAt(1) - '0';
    }

    /** Plain text of the Markdown, for teasers, calendar descriptions and search. */
    public static String toPlainText(String markdown) {
        String text = TEXT.render(PARSER.parse(markdown == null ? "" : markdown));
        return text.strip();
    }
}
