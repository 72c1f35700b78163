package org.kogge.testing;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * axe-core (Deque) on the open page of a Playwright browser, cheaper than {@link AxeBuilder#analyze()}: that one sends
 * the 550 kB axe script three times per call and opens a second browser page to merge results, which made the walk
 * over every page take minutes. Here the script goes into each document once, axe runs once on the main document
 * (Kogge has no frames) and only the blocking violations cross back to Java, already shortened.
 * <p>
 * The rules are those tagged WCAG 2.0/2.1 level A and AA and axe's best practices (BITV 2.0 asks for both), plus
 * {@code label-content-name-mismatch} (WCAG 2.5.3: a control's accessible name starts with its visible text), which
 * axe still counts as experimental and leaves off by default.
 */
public final class Axe {

    private static final String SOURCE = AxeBuilder.getAxeScript();
    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");
    private static final List<String> BLOCKING = List.of("critical", "serious");

    /**
     * Runs axe with the given tags and rules (rules switch experimental ones on), keeping only violations of a
     * blocking impact, each as {@code {id, impact, help, nodes: [{target, html, summary}]}}.
     */
    private static final String RUN = """
            ([tags, blocking]) => axe.run(document, {
                runOnly: {type: 'tag', values: tags},
                rules: {'label-content-name-mismatch': {enabled: true}},
                resultTypes: ['violations']
              }).then(results => results.violations
                .filter(rule => blocking.includes(rule.impact))
                .map(rule => ({id: rule.id, impact: rule.impact, help: rule.help,
                  nodes: rule.nodes.map(node => ({target: JSON.stringify(node.target),
                    html: node.html.length > 160 ? node.html.slice(0, 160) + '…' : node.html,
                    summary: (node.failureSummary || '').replace(/\\n/g, ' ')}))})))
            """;

    private Axe() {
    }

    /** The open page's critical and serious violations, each naming the rule, the elements and what is wrong. */
    @SuppressWarnings("unchecked")
    public static List<String> blockingViolations(Page page) {
        if (!(Boolean) page.evaluate("() => typeof window.axe === 'object'")) {
            page.evaluate(SOURCE);
        }
        List<Map<String, Object>> rules = (List<Map<String, Object>>) page.evaluate(RUN, List.of(TAGS, BLOCKING));
        List<String> found = new ArrayList<>();
        for (Map<String, Object> rule : rules) {
            StringBuilder s = new StringBuilder(rule.get("impact") + " " + rule.get("id") + " (" + rule.get("help") + "):");
            for (Map<String, Object> node : (List<Map<String, Object>>) rule.get("nodes")) {
                s.append("\n    ").append(node.get("target")).append(" ").append(node.get("html"))
                        .append("\n      ").append(node.get("summary"));
            }
            found.add(s.toString());
        }
        return found;
    }
}
