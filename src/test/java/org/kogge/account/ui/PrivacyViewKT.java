package org.kogge.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.kogge.network.NetworkService;
import org.kogge.testing.Fixtures;
import org.kogge.testing.KaribuTestBase;
import org.springframework.beans.factory.annotation.Autowired;

class PrivacyViewKT extends KaribuTestBase {

    @Autowired
    NetworkService network;

    @Test
    void anonymousVisitorReadsWhatIsStoredAndWhy() {
        fixtures.as(Fixtures.ADMIN, () -> network.renameNetwork("Smarte Hanse"));
        UI.getCurrent().navigate("privacy");

        assertThat(_get(H1.class).getText()).isEqualTo("Datenschutz");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Datenschutz · Kogge");
        _get(Paragraph.class, s -> s.withText("Kogge ist die Veranstaltungsplattform von Smarte Hanse. Hier steht kurz, "
                + "welche Daten Kogge speichert, wozu, und welche Rechte Sie haben."));
        assertThat(_get(ListItem.class, s -> s.withPredicate(li -> li.getText().startsWith("Ihr Konto:"))).getText())
                .contains("Name", "E-Mail-Adresse", "Organisation", "Stadt");
        assertThat(_get(ListItem.class, s -> s.withPredicate(li -> li.getText().contains("kogge-lang"))).getText())
                .contains("Sprache");
        _get(ListItem.class, s -> s.withPredicate(li -> li.getText().contains("JSESSIONID")));
        _get(Paragraph.class, s -> s.withPredicate(p -> p.getText().startsWith("Kogge verwendet kein Tracking")));
        assertThat(_get(Anchor.class, s -> s.withText("Zu Mein Konto")).getHref()).isEqualTo("account");
    }

    @Test
    void englishVisitorReadsTheNoticeInEnglish() {
        english();
        UI.getCurrent().navigate("privacy");

        assertThat(_get(H1.class).getText()).isEqualTo("Privacy");
        _get(Paragraph.class, s -> s.withPredicate(p -> p.getText().startsWith("Kogge uses no tracking")));
        assertThat(_get(ListItem.class, s -> s.withPredicate(li -> li.getText().contains("kogge-lang"))).getText())
                .contains("remembers the language you chose");
        assertThat(_get(Anchor.class, s -> s.withText("Go to My account")).getHref()).isEqualTo("account");
    }
}
