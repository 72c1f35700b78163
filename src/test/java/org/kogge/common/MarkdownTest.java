package org.kogge.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTest {

    @Test
    void headingsOfATextGoBelowThePagesOwnSections() {
        String html = Markdown.toSafeHtml("# Worum es geht\n\nText\n\n## Ablauf\n\n### Details\n\n#### Kleiner");

        assertThat(html).contains("<h4>Worum es geht</h4>", "<h5>Ablauf</h5>", "<h6>Details</h6>", "<h6>Kleiner</h6>")
                .doesNotContain("<h1>", "<h2>", "<h3>");
    }

    @Test
    void aTextThatStartsLowerStillBeginsAtTheSameLevel() {
        assertThat(Markdown.toSafeHtml("## Ablauf\n\n### Details")).contains("<h4>Ablauf</h4>", "<h5>Details</h5>");
    }

    @Test
    void sanitizingStillApplies() {
        String html = Markdown.toSafeHtml("## Hallo <script>alert(1)</script> [x](javascript:alert(1)) [y](https://a.example)");

        assertThat(html).startsWith("<div class=\"kogge-markdown\">").doesNotContain("<script", "javascript:")
                .contains("href=\"https://a.example\"", "rel=\"nofollow noopener noreferrer\"");
    }
}
