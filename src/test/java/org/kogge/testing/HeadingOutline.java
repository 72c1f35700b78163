package org.kogge.testing;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The headings of the open page as a screen reader lists them, and what is wrong with their outline (WCAG 1.3.1 and
 * 2.4.6): a page has exactly one h1, it comes first, and no level is skipped on the way down (an h2 may follow an h4,
 * an h4 may not follow an h2). Screen-reader users jump through a page by its headings; a gap makes them think they
 * missed a section, and a second h1 hides which heading names the page.
 */
public final class HeadingOutline {

    /**
     * The visible headings (h1–h6, and {@code role="heading"} with its {@code aria-level}) in the order they are read:
     * the composed tree, so that a heading inside a component's open shadow root counts where its slot puts it, and
     * light-DOM children that no slot shows do not count. Hidden headings ({@code aria-hidden}, not rendered) are left
     * out, as assistive technology leaves them out.
     */
    private static final String HEADINGS = """
            () => {
              const found = [];
              const visit = el => {
                if (el.getAttribute('aria-hidden') === 'true') {
                  return;
                }
                const role = el.getAttribute('role');
                const tag = /^H([1-6])$/.exec(el.tagName);
                const level = role === 'heading' ? Number(el.getAttribute('aria-level') || 2)
                    : tag && !role ? Number(tag[1]) : 0;
                // Asked of the heading only: slots and other boxless (display: contents) elements count as
                // invisible to checkVisibility, though what they show is visible.
                if (level && el.checkVisibility({ visibilityProperty: true })) {
                  found.push({ level, text: el.textContent.trim().replace(/\\s+/g, ' ').slice(0, 60) });
                }
                if (el.localName === 'slot') {
                  const assigned = el.assignedElements({ flatten: true });
                  (assigned.length ? assigned : [...el.children]).forEach(visit);
                  return;
                }
                [...(el.shadowRoot || el).children].forEach(visit);
              };
              visit(document.body);
              return found;
            }
            """;

    private HeadingOutline() {
    }

    /** One heading: its level (1–6) and the start of its text. */
    public record Heading(int level, String text) {
        @Override
        public String toString() {
            return "h" + level + " \"" + text + "\"";
        }
    }

    /** The open page's headings in reading order. */
    public static List<Heading> of(Page page) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> raw = (List<Map<String, Object>>) page.evaluate(HEADINGS);
        return raw.stream()
                .map(h -> new Heading(((Number) h.get("level")).intValue(), String.valueOf(h.get("text"))))
                .toList();
    }

    /** What is wrong with the open page's outline (empty if nothing); each finding shows the whole outline. */
    public static List<String> findings(Page page) {
        return findings(of(page));
    }

    /** What is wrong with an outline (empty if nothing). */
    public static List<String> findings(List<Heading> outline) {
        List<String> found = new ArrayList<>();
        long h1s = outline.stream().filter(h -> h.level() == 1).count();
        if (h1s != 1) {
            found.add(h1s + " h1 instead of one");
        } else if (outline.getFirst().level() != 1) {
            found.add(outline.getFirst() + " comes before the h1");
        }
        for (int i = 1; i < outline.size(); i++) {
            Heading before = outline.get(i - 1);
            Heading next = outline.get(i);
            if (next.level() > before.level() + 1) {
                found.add(next + " follows " + before + " (skips h" + (before.level() + 1) + ")");
            }
        }
        return found.isEmpty() ? found : List.of("heading outline: " + String.join("; ", found) + "\n    outline: "
                + outline);
    }
}
