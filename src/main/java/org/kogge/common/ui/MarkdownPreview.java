package org.kogge.common.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.kogge.common.Markdown;

/**
 * The live preview of Markdown someone is writing (an organizer's message, a session's materials): the text as it
 * will be shown, sanitized ({@link Markdown#toSafeHtml}), or a muted line while there is none.
 */
public class MarkdownPreview extends Div {

    private final String emptyText;
    private final int topHeadingLevel;

    /**
     * @param emptyText       what the preview says while nothing is written (already translated)
     * @param topHeadingLevel the level the text's own headings start at, below the heading the preview sits under
     */
    public MarkdownPreview(String emptyText, int topHeadingLevel) {
        this.emptyText = emptyText;
        this.topHeadingLevel = topHeadingLevel;
    }

    /** Shows {@code markdown} (null or blank: the empty line). */
    public void show(String markdown) {
        removeAll();
        if (markdown == null || markdown.isBlank()) {
            Paragraph nothing = new Paragraph(emptyText);
            nothing.addClassName("kogge-muted");
            add(nothing);
        } else {
            add(new Html(Markdown.toSafeHtml(markdown, topHeadingLevel)));
        }
    }
}
