package org.kogge.ui;

import com.deque.html.axecore.args.AxeRuleOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kogge.testing.EveryPageTestBase;
import org.kogge.testing.HeadingOutline;
import org.kogge.testing.RouteTour.Visitor;

/**
 * axe-core (Deque) on every page for every kind of visitor: no critical or serious violation of WCAG 2.1 A/AA and
 * axe's best practices (BITV 2.0). Besides axe's default rules it runs {@code label-content-name-mismatch} (WCAG
 * 2.5.3: a control's accessible name starts with its visible text), which axe still counts as experimental. Each
 * finding names the rule, the elements and what axe says is wrong.
 * <p>
 * On the same walk each page's headings must form an outline ({@link HeadingOutline}): exactly one h1, first, and no
 * skipped level. axe's own {@code heading-order} is only a moderate best practice and reads no shadow roots.
 */
class AxeBT extends EveryPageTestBase {

    private static final Set<String> BLOCKING = Set.of("critical", "serious");

    /**
     * Violations that are fixed on branch shell (app shell: skip link, main landmark, one h1, html lang, password
     * reveal label), as "rule route-prefix" pairs. Remove each once that branch is merged.
     */
    private static final List<String> FIXED_ON_BRANCH_SHELL = List.of();

    private static final AxeRunOptions OPTIONS = options();

    @Test
    void everyPageForEveryVisitorPassesAxeWithAHeadingOutline() {
        walkEveryPage((visitor, path) -> {
            List<String> found = violations(visitor, path);
            found.addAll(HeadingOutline.findings(page));
            return found;
        });
    }

    private List<String> violations(Visitor visitor, String path) {
        List<String> found = new ArrayList<>();
        for (Rule rule : new AxeBuilder(page).options(OPTIONS).analyze().getViolations()) {
            if (!BLOCKING.contains(rule.getImpact()) || fixedOnBranchShell(rule.getId(), path)) {
                continue;
            }
            StringBuilder s = new StringBuilder(rule.getImpact() + " " + rule.getId() + " (" + rule.getHelp() + "):");
            for (CheckedNode node : rule.getNodes()) {
                s.append("\n    ").append(node.getTarget()).append(" ").append(abbreviate(node.getHtml()))
                        .append("\n      ").append(node.getFailureSummary().replace("\n", " "));
            }
            found.add(s.toString());
        }
        return found;
    }

    private static AxeRunOptions options() {
        AxeRuleOptions on = new AxeRuleOptions();
        on.setEnabled(true);
        AxeRunOptions options = new AxeRunOptions();
        options.setRules(Map.of("label-content-name-mismatch", on));
        return options;
    }

    private static boolean fixedOnBranchShell(String rule, String path) {
        return FIXED_ON_BRANCH_SHELL.stream().anyMatch(pair -> {
            String[] p = pair.split(" ", 2);
            return p[0].equals(rule) && (p.length == 1 || path.startsWith(p[1]));
        });
    }

    private static String abbreviate(String html) {
        return html.length() > 160 ? html.substring(0, 160) + "…" : html;
    }
}
