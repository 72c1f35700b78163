package org.kogge.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kogge.demo.DemoData;
import org.kogge.testing.RouteTour.Visitor;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Browser tests that look at every page of the app as every kind of visitor ({@link RouteTour}) on the demo data,
 * in one browser page, logging in once per visitor. A check returns what it finds wrong on the page it is given;
 * the walk collects them all and fails once, listing every page's findings.
 */
public abstract class EveryPageTestBase extends BrowserTestBase {

    @Autowired
    protected RouteTour tour;

    /** What is wrong with the open page (empty if nothing). */
    @FunctionalInterface
    protected interface PageCheck {
        List<String> findings(Visitor visitor, String path);
    }

    /** Opens every page for every visitor, runs the check on each, and fails listing all findings. */
    protected void walkEveryPage(PageCheck check) {
        Map<Visitor, List<String>> plan = tour.plan();
        List<String> findings = new ArrayList<>();
        for (Map.Entry<Visitor, List<String>> entry : plan.entrySet()) {
            Visitor visitor = entry.getKey();
            context.clearCookies();
            if (visitor.email() != null) {
                login(visitor.email(), DemoData.PASSWORD);
            }
            for (String path : entry.getValue()) {
                Response response = open(path);
                assertThat(response.status()).as("%s opens /%s", visitor, path).isLessThan(400);
                settle();
                check.findings(visitor, path).forEach(f -> findings.add(visitor + " /" + path + ": " + f));
            }
        }
        assertThat(findings).as("findings on %d pages", plan.values().stream().mapToInt(List::size).sum()).isEmpty();
    }

    /** Waits until grids have their rows and the page's fonts are in, so that what is measured is what is shown. */
    protected void settle() {
        page.waitForFunction("() => document.fonts.status === 'loaded'"
                + " && ![...document.querySelectorAll('vaadin-grid')].some(g => g.hasAttribute('loading'))",
                null, new Page.WaitForFunctionOptions().setTimeout(TIMEOUT_MS).setPollingInterval(100));
    }
}
