package org.kogge.common.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReturnPathTest {

    @Test
    void onlyTheAppsOwnPathsAreKept() {
        assertThat(ReturnPath.local("events/barcamp-kiel")).isEqualTo("events/barcamp-kiel");
        assertThat(ReturnPath.local("events/barcamp-kiel/sessions/12")).isEqualTo("events/barcamp-kiel/sessions/12");
        for (String elsewhere : new String[] {"https://evil.example", "//evil.example/x", "/events", "\\\\evil.example",
                "javascript:alert(1)", "events/../../x", "events//x", "events?x=1", "signup", "login", "", null,
                "/\\evil.example", "\\/evil.example", "%2F%2Fevil.example", "events%2F..%2F..%2Fx", "%2e%2e/x",
                "events/%0d%0aSet-Cookie:x", "events/barcamp kiel", " events", "events/\u00fcber", "events\tx"}) {
            assertThat(ReturnPath.local(elsewhere)).as(String.valueOf(elsewhere)).isEmpty();
        }
    }

    @Test
    void aLinkCarriesTheReturnPathOnlyWhenThereIsOne() {
        assertThat(ReturnPath.link("signup", "events/barcamp-kiel")).isEqualTo("signup?return=events%2Fbarcamp-kiel");
        assertThat(ReturnPath.link("signup", "https://evil.example")).isEqualTo("signup");
    }
}
