package org.kogge.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Counts read as natural sentences: one form for one, another for several, nothing said about zero problems. */
class I18nProviderTest {

    private final I18nProvider i18n = new I18nProvider();

    @Test
    void theInviteButtonCountsGuestsAndFaultyLinesNaturally() {
        assertThat(i18n.getTranslation("ceremony.invite.valid", I18nProvider.GERMAN, 1L, 0L)).isEqualTo("1 Gast einladen");
        assertThat(i18n.getTranslation("ceremony.invite.valid", I18nProvider.GERMAN, 3L, 2L))
                .isEqualTo("3 Gäste einladen; 2 Zeilen fehlerhaft");
        assertThat(i18n.getTranslation("ceremony.invite.valid", I18nProvider.GERMAN, 2L, 1L))
                .isEqualTo("2 Gäste einladen; 1 Zeile fehlerhaft");
        assertThat(i18n.getTranslation("ceremony.invite.valid", I18nProvider.ENGLISH, 1L, 0L)).isEqualTo("Invite 1 guest");
        assertThat(i18n.getTranslation("ceremony.invite.valid", I18nProvider.ENGLISH, 1200L, 1L))
                .isEqualTo("Invite 1,200 guests; 1 line with errors");
    }
}
