package org.kogge.common.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Anchor;

/**
 * A link to the login page that brings the person back to the page it stands on ({@link ReturnPath}): the address is
 * taken when the link is attached, which during a navigation is already the new page's.
 */
public class LoginLink extends Anchor {

    public LoginLink(String text) {
        super("login", text);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        setHref(ReturnPath.link("login", ReturnPath.current(attachEvent.getUI())));
    }
}
