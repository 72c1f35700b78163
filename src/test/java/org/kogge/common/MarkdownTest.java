package org.kogge.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MarkdownTest {

    @Test
    void headingsOfATextStartAtTheLevelGivenAndKeepTheirDistances() {
        String html = Markdown.toSafeHtml("# Worum es geht\n\nText\n\n## Ablauf\n\n### Details\n\n#### Kleiner",
                Markdown.BELOW_PAGE_TITLE);

        assertThat(html).contains("<h2>Worum es geht</h2>", "<h3>Ablauf</h3>", "<h4>Details</h4>", "<h5>Kleiner</h5>")
                .doesNotContain("<h1>");
    }

    @Test
    void belowASectionTheHighestHeadingIsAnH3AndNothingGoesPastH6() {
        String html = Markdown.toSafeHtml("# A\n\n## B\n\n### C\n\n#### D\n\n##### E", Markdown.BELOW_SECTION);

        assertThat(html).contains("<h3>A</h3>", "<h4>B</h4>", "<h5>C</h5>", "<h6>D</h6>", "<h6>E</h6>")
                .doesNotContain("<h1>", "<h2>");
    }

    @Test
    void aTextThatStartsLowerStillBeginsAtTheLevelGiven() {
        assertThat(Markdown.toSafeHtml("### Ablauf\n\n#### Details", Markdown.BELOW_PAGE_TITLE))
                .contains("<h2>Ablauf</h2>", "<h3>Details</h3>");
    }

    @Test
    void aTextCannotClaimThePagesTitleLevel() {
        assertThatThrownBy(() -> Markdown.toSafeHtml("# Titel", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Markdown.toSafeHtml("# Titel", 7)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sanitizingStillApplies() {
        String html = Markdown.toSafeHtml("## Hallo <script>alert(1)</script> [x](javascript:alert(1)) [y](https://a.example)",
                Markdown.BELOW_SECTION);

        assertThat(html).startsWith("<div class=\"kogge-markdown\">").doesNotContain("<script", "javascript:")
                .contains("href=\"https://a.example\"", "rel=\"nofollow noopener noreferrer\"");
    }

    @Test
    void mailHtmlKeepsBasicMarkupAndDropsScriptsHandlersAndHeadings() {
        String html = Markdown.toMailHtml("# Hi\n\n**fett** <script>alert(1)</script> "
                + "<img src=x onerror=alert(1)> [x](javascript:alert(1)) [ok](https://kogge.example/\"q)");
        assertThat(html).contains("<strong>fett</strong>", "&lt;script&gt;", "<a rel=\"nofollow\">x</a>",
                        "href=\"https://kogge.example/&quot;q\" rel=\"nofollow\"")
                .doesNotContain("<script", "<img", "javascript:", "<h1");
    }
}
