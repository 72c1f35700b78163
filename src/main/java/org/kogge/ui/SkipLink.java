package org.kogge.ui;

import com.vaadin.flow.component.html.Anchor;

/**
 * "Zum Inhalt springen": the page's first tab stop, visible only while focused. It moves the focus into the element
 * with the given id (which must accept focus, {@code tabindex="-1"}) in the browser, without a trip to the server
 * and without changing the address.
 */
final class SkipLink extends Anchor {

    private SkipLink(String targetId, String text) {
        super("#" + targetId, text);
        addClassName("kogge-skip-link");
        addAttachListener(e -> getElement().executeJs(
                "this.addEventListener('click', ev => { ev.preventDefault();"
                        + " const t = document.getElementById($0); if (t) { t.focus(); t.scrollIntoView(); } });",
                targetId));
    }

    static SkipLink to(String targetId, String text) {
        return new SkipLink(targetId, text);
    }
}
