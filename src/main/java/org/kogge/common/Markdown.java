package org.kogge.common;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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

    private Markdown() {
    }

    /** Sanitized HTML, wrapped in a single {@code div} so that it can be handed to Vaadin's {@code Html}. */
    public static String toSafeHtml(String markdown) {
        String raw = HTML.render(PARSER.parse(markdown == null ? "" : markdown));
        Document.OutputSettings out = new Document.OutputSettings().prettyPrint(false);
        String clean = Jsoup.clean(raw, "", SAFELIST, out);
        return "<div class=\"kogge-markdown\">" + clean + "</div>";
    }

    /** Plain text of the Markdown, for teasers, calendar descriptions and search. */
    public static String toPlainText(String markdown) {
        String text = TEXT.render(PARSER.parse(markdown == null ? "" : markdown));
        return text.strip();
    }
}
