package org.kogge.archive.ui;

import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.renderer.LitRenderer;
import org.kogge.archive.ArchiveEntry;
import org.kogge.common.Formats;

/**
 * The archive's documented sessions as one lazy list: the browser asks for the entries it shows and draws each with
 * one Lit template (text escaped by Lit: titles, names and the plain-text excerpt are never HTML), so the server keeps
 * no component tree per entry. An entry is an {@code article} named by its {@code h2} title, which links to the
 * session's page. A line not yet sent draws nothing.
 */
public class ArchiveList extends VirtualList<ArchiveEntry> {

    /** An entry's texts as the template shows them, made when the entry is sent. */
    public record Card(String key, String href, String title, String event, String hosts, String excerpt) {
    }

    private static final String TEMPLATE = """
            ${item.card ? html`
            <article class="kogge-card kogge-archive-item" aria-labelledby="kogge-archive-title-${item.card.key}">
              <h2 class="kogge-archive-title" id="kogge-archive-title-${item.card.key}"><a
                  href="${item.card.href}">${item.card.title}</a></h2>
              <div class="kogge-archive-event">${item.card.event}</div>
              ${item.card.hosts ? html`<div class="kogge-archive-hosts">${item.card.hosts}</div>` : ''}
              ${item.card.excerpt ? html`<p class="kogge-archive-excerpt">${item.card.excerpt}</p>` : ''}
            </article>` : ''}""";

    public ArchiveList() {
        addClassName("kogge-archive-list");
        // Scrolls in its own box: reachable with Tab and arrow keys (axe scrollable-region-focusable).
        getElement().setAttribute("tabindex", "0");
        getElement().setAttribute("aria-label", getTranslation("archive.list.label"));
        setRenderer(LitRenderer.<ArchiveEntry>of(TEMPLATE).withProperty("card", this::card));
    }

    /** An entry's texts in the page's language. */
    Card card(ArchiveEntry e) {
        String event = getTranslation("archive.entry.event", e.eventTitle(),
                Formats.date(e.eventStartsAt(), e.zone(), getLocale()), e.hostCity() == null ? "" : e.hostCity());
        return new Card("s" + e.sessionId(), "events/" + e.eventSlug() + "/sessions/" + e.sessionId(), e.title(),
                event, e.hostNames().isEmpty() ? null
                        : getTranslation("archive.entry.hosts", String.join(", ", e.hostNames())),
                e.excerpt() == null || e.excerpt().isBlank() ? null : e.excerpt());
    }
}
