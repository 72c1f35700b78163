package org.kogge.mail;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.kogge.account.ui.PrivacyView;
import org.kogge.network.ui.ImprintView;
import org.kogge.testing.KaribuTestBase;

/** The legal notice and privacy links under every mail lead to those pages: a renamed route breaks this test. */
class MailFooterLinksKT extends KaribuTestBase {

    @Test
    void theImprintAndPrivacyLinksOfEveryMailOpenThosePages() {
        UI.getCurrent().navigate(MailComposer.IMPRINT_PATH.substring(1));
        _get(ImprintView.class);

        UI.getCurrent().navigate(MailComposer.PRIVACY_PATH.substring(1));
        _get(PrivacyView.class);
    }
}
