package org.kogge.schedule.ui;

import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.List;
import org.kogge.schedule.ui.ProgrammeRows.Card;
import org.kogge.schedule.ui.ProgrammeRows.Row;

/**
 * The programme's days as one lazy list: the browser asks for the lines it shows, and each line is drawn by one Lit
 * template (text escaped by Lit), so the server holds small records instead of a component per card, and every
 * session is sent once. The same markup is a grid on wide screens (slots as rows, rooms as columns, styled in
 * {@code styles.css}) and a list on phones (a heading per slot, each session with its room and time): headings
 * ({@code h3} per day, {@code h4} per slot) and lists ({@code ul}) carry the structure for assistive technology.
 */
public class ProgrammeList extends VirtualList<Row> {

    /** Per line, the stars the visitor may toggle there: the session, whether starred, the button's accessible name. */
    public record Star(long id, boolean on, String label) {
    }

    /** The words the template needs besides the line's own: the cancelled label and the star's two states. */
    public record Texts(String cancelled, String on, String off) {
    }

    private static final String TEMPLATE = """
            ${item.day ? html`
            <div class="kogge-programme-day-head" style="--kogge-rooms:${item.day.rooms.length}">
              <h2 id="${item.day.id}" class="kogge-programme-day-heading">${item.day.heading}</h2>
              <div class="kogge-programme-room-heads">
                <span class="kogge-programme-time-head">${item.day.time}</span>
                ${item.day.rooms.map(r => html`<span class="kogge-programme-room-head">${r.name}<span
                  class="kogge-programme-room-facts">${r.facts}</span></span>`)}
              </div>
            </div>` : item.slot ? html`
            <div class="kogge-programme-slot kogge-programme-row-${item.slot.kind}
                ${item.slot.sessions.length || item.slot.label ? '' : 'kogge-programme-slot-empty'}"
                style="--kogge-rooms:${item.slot.columns}">
              <h3 class="kogge-programme-slot-time">${item.slot.time}</h3>
              ${item.slot.label ? html`<p class="kogge-programme-spanning"><span
                class="kogge-programme-slot-label">${item.slot.label}</span></p>` : ''}
              ${item.slot.sessions.length ? html`<ul class="kogge-programme-sessions">${item.slot.sessions.map(s => html`
                <li class="kogge-programme-session ${s.cancelled ? 'kogge-programme-cancelled' : ''}
                    ${s.longer ? 'kogge-programme-long' : ''}"
                    style="grid-column:${item.slot.kind === 'session' ? s.column : '1 / -1'}">
                  <div class="kogge-programme-session-head">
                    <a class="kogge-programme-title" href="${s.href}">${s.title}</a>
                    ${s.cancelled ? html`<span class="kogge-badge kogge-badge-cancelled
                      kogge-programme-cancelled-label">${item.texts.cancelled}</span>` : ''}
                  </div>
                  <p class="kogge-programme-place">${s.place}</p>
                  ${s.hosts ? html`<p class="kogge-programme-hosts">${s.hosts}</p>` : ''}
                  ${s.topics ? html`<p class="kogge-programme-topics kogge-muted">${s.topics}</p>` : ''}
                  ${(item.stars || []).filter(x => x.id === s.id).map(x => html`<vaadin-button
                    class="kogge-programme-star" theme="small ${x.on ? 'primary' : ''}"
                    aria-pressed="${x.on}" aria-label="${x.label}" @click=${() => star(x.id)}><vaadin-icon
                    slot="prefix" icon="${x.on ? 'vaadin:star' : 'vaadin:star-o'}"></vaadin-icon>${x.on
                    ? item.texts.on : item.texts.off}</vaadin-button>`)}
                </li>`)}</ul>` : ''}
            </div>` : ''}""";

    /** The lines sent with the page: a day's heading and the slots that fill a first screen, on phones and wide. */
    static final int FIRST_LINES = 6;

    /**
     * Run when the list is attached in the browser: if the page came with the programme's first paint
     * ({@link ProgrammeFirstPaint}), the copy goes, in the same task in which Vaadin puts the live view in, so before
     * the browser paints again, and the list opens at the line the visitor had scrolled the copy to (as soon as it
     * has its size).
     */
    static final String REPLACE_FIRST_PAINT = """
            const copy = document.getElementById($0);
            if (!copy) { return; }
            const box = copy.querySelector('.kogge-programme-days');
            const top = box ? box.getBoundingClientRect().top : 0;
            const first = box && box.scrollTop > 0
                ? Math.max(0, [...box.children].findIndex(l => l.getBoundingClientRect().bottom > top)) : 0;
            copy.remove();
            // Scrolled once the list has its size (the layout around it may still be settling).
            const list = this;
            let frames = 0;
            const scroll = () => list.clientHeight > 0 ? list.scrollToIndex(first)
                : frames++ < 120 && requestAnimationFrame(scroll);
            if (first > 0) { scroll(); }""";

    private final List<Row> rows;
    private final Texts texts;
    private final SessionStars stars;

    /**
     * @param stars the visitor's stars, or {@code null} when the visitor cannot star
     */
    ProgrammeList(List<Row> rows, SessionStars stars) {
        this.rows = rows;
        this.stars = stars;
        this.texts = new Texts(getTranslation("programme.cancelled"), getTranslation("programme.star.on"),
                getTranslation("programme.star.off"));
        addClassName("kogge-programme-days");
        getElement().setAttribute("aria-label", getTranslation("programme.list.label"));
        // Scrolls in its own box: reachable with Tab and arrow keys even without a link in view (axe
        // scrollable-region-focusable).
        getElement().setAttribute("tabindex", "0");
        setRenderer(LitRenderer.<Row>of(TEMPLATE)
                .withProperty("day", Row::day)
                .withProperty("slot", Row::slot)
                .withProperty("texts", row -> row.slot() == null ? null : texts)
                .withProperty("stars", this::stars)
                .withFunction("star", (row, args) -> {
                    long id = args.get(0).asLong();
                    if (row.slot() != null && row.slot().sessions().stream().anyMatch(c -> c.id() == id)) {
                        stars.toggle(id);
                    }
                }));
        setItems(rows);
        // The first lines go out with the page itself (the view is rendered in the answer to the page request), so
        // the browser draws the first sessions as soon as its scripts run, without first asking for them; the rest
        // is asked for as the visitor scrolls, and nothing is sent twice.
        getDataCommunicator().setViewportRange(0, FIRST_LINES);
        addAttachListener(e -> getElement().executeJs(REPLACE_FIRST_PAINT, ProgrammeFirstPaint.ID));
        if (stars != null) {
            stars.onChange(id -> rows.stream()
                    .filter(r -> r.slot() != null && r.slot().sessions().stream().anyMatch(c -> c.id() == id))
                    .forEach(r -> getDataProvider().refreshItem(r)));
        }
    }

    /** All lines of the list (shared with other visitors who see the same, see {@link ProgrammeRows}). */
    List<Row> rows() {
        return rows;
    }

    Texts texts() {
        return texts;
    }

    /** The star toggles of a line, worded for its current state (made when the line is sent, not kept). */
    List<Star> stars(Row row) {
        if (stars == null || row.slot() == null) {
            return List.of();
        }
        return row.slot().sessions().stream().map(this::star).toList();
    }

    private Star star(Card c) {
        boolean on = stars.isStarred(c.id());
        return new Star(c.id(), on, getTranslation(on ? "programme.star.on-label" : "programme.star.off-label", c.title()));
    }
}
