package org.kogge.ui;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kogge.testing.Axe;
import org.kogge.testing.EveryPageTestBase;
import org.kogge.testing.HeadingOutline;
import org.kogge.testing.Overflow;

/**
 * Every page for every kind of visitor, in one walk (one browser, one login per visitor):
 * <ul>
 * <li>on a desktop screen, axe-core finds no critical or serious violation of WCAG 2.1 A/AA and axe's best practices
 * (BITV 2.0), see {@link Axe}, and the headings form an outline ({@link HeadingOutline}): exactly one h1, first, and
 * no skipped level (axe's own {@code heading-order} is only a moderate best practice and reads no shadow roots);</li>
 * <li>on a phone (390 × 844 CSS pixels), nothing is wider than the screen ({@link Overflow}).</li>
 * </ul>
 * The phone check loads the page again at phone width rather than narrowing the desktop window: grids fold their
 * columns when the server hears of a resize, which Vaadin sends only after a 300 ms pause, so a resized page would
 * have to be waited on by the clock. A page loaded on a phone is also what a phone user sees.
 */
class EveryPageBT extends EveryPageTestBase {

    private static final int DESKTOP_WIDTH = 1280;
    private static final int DESKTOP_HEIGHT = 800;
    private static final int PHONE_WIDTH = 390;
    private static final int PHONE_HEIGHT = 844;

    @Test
    void everyPageForEveryVisitorPassesAxeHasAHeadingOutlineAndFitsAPhone() {
        walkEveryPage((visitor, path) -> {
            List<String> found = new ArrayList<>();
            Axe.blockingViolations(page).forEach(v -> found.add("axe: " + v));
            HeadingOutline.findings(page).forEach(h -> found.add("headings: " + h));
            onPhone(path).forEach(o -> found.add("phone: " + o));
            return found;
        });
    }

    private List<String> onPhone(String path) {
        page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
        try {
            open(path);
            settle();
            return Overflow.findings(page);
        } finally {
            page.setViewportSize(DESKTOP_WIDTH, DESKTOP_HEIGHT);
        }
    }
}
