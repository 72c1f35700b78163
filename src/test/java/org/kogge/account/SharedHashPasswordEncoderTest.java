package org.kogge.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

class SharedHashPasswordEncoderTest {

    private final SharedHashPasswordEncoder encoder =
            new SharedHashPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder());

    @Test
    void sharesTheHashOfTheGivenPasswordOnlyWithinTheWork() {
        String[] inside = SharedHashPasswordEncoder.reuseHashOf("Kogge-Demo-2026!", () -> new String[] {
                encoder.encode("Kogge-Demo-2026!"), encoder.encode("Kogge-Demo-2026!"),
                encoder.encode("another long passphrase"), encoder.encode("another long passphrase")});
        assertThat(inside[0]).isEqualTo(inside[1]);
        assertThat(encoder.matches("Kogge-Demo-2026!", inside[0])).isTrue();
        assertThat(inside[2]).isNotEqualTo(inside[3]);
        assertThat(encoder.matches("another long passphrase", inside[2])).isTrue();

        String outside = encoder.encode("Kogge-Demo-2026!");
        assertThat(outside).isNotEqualTo(inside[0]);
        assertThat(encoder.matches("Kogge-Demo-2026!", outside)).isTrue();
        assertThat(encoder.encode("Kogge-Demo-2026!")).isNotEqualTo(outside);
    }
}
