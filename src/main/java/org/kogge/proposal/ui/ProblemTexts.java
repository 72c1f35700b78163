package org.kogge.proposal.ui;

import com.vaadin.flow.component.Component;
import java.util.stream.Collectors;
import org.kogge.common.InvalidInputException;

/** What a service refused, as one sentence in the viewer's language. */
final class ProblemTexts {

    private ProblemTexts() {
    }

    static String of(Component context, InvalidInputException e) {
        return e.problems().stream().map(p -> context.getTranslation(p.messageKey(), p.args().toArray()))
                .distinct().collect(Collectors.joining(" "));
    }
}
