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

    /** For a text right below the page's h1 title: its headings are sections (h2) beside the page's own. */
    public static final int BELOW_PAGE_TITLE = 2;
    /** For a text inside an h2 section or under an h2 card title (a proposal on the board): sub-sections (h3). */
    public static final int BELOW_SECTION = 3;

    private Markdown() {
    }

    /**
     * Sanitized HTML, wrapped in a single {@code div} so that it can be handed to Vaadin's {@code Html}. The text's
     * headings move to where the text stands in the page's outline: its highest becomes {@code topLevel} (a {@code #}
     * heading of an event's description is an h2 beside "Anmeldung" and "Programm", never a second h1 or a level
     * that pushes the page's own sections under it), the others keep their distance to it, down to h6. A screen
     * reader's list of headings then has no gaps.
     *
     * @param topLevel the level of the text's highest heading, 2 to 6 (such as {@link #BELOW_PAGE_TITLE})
     */
    public static String toSafeHtml(String markdown, int topLevel) {
        if (topLevel < 2 || topLevel > 6) {
            throw new IllegalArgumentException("A text's headings start at h2 to h6, not h" + topLevel);
        }
        String raw = HTML.render(PARSER.parse(markdown == null ? "" : markdown));
        Document.OutputSettings out = new Document.OutputSettings().prettyPrint(false);
        Document clean = Jsoup.parseBodyFragment(Jsoup.clean(raw, "", SAFELIST, out));
        clean.outputSettings(out);
        Elements headings = clean.body().select("h1, h2, h3, h4, h5, h6");
        int highest = headings.stream().mapToInt(Markdown::level).min().orElse(topLevel);
        for (Element h : headings) {
            h.tagName("h" + Math.min(6, level(h) - highest + topLevel));
        }
        return "<div class=\"kogge-markdown\">" + clean.body().html() + "</div>";
    }

    private static int level(Element heading) {
        return heading.tagName().charAt(1) - '0';
    }

    /**
     * HTML for a mail's body: the Markdown rendered, then cleaned with jsoup's {@code Safelist.basic()} (paragraphs,
     * emphasis, lists, quotes, code and http, https and mailto links, which get {@code rel="nofollow"}); headings
     * and images become their text.
     */
    public static String toMailHtml(String markdown) {
        String raw = HTML.render(PARSER.parse(markdown == null ? "" : markdown));
        return Jsoup.clean(raw, "", Safelist.basic(), new Document.OutputSettings().prettyPrint(false));
    }

    /** Plain text of the Markdown, for teasers, calendar descriptions and search. */
    public static String toPlainText(String markdown) {
        String text = TEXT.render(PARSER.parse(markdown == null ? "" : markdown));
        return text.strip();
    }
}
