package org.kogge.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.kogge.demo.DemoData;
import org.kogge.testing.Fixtures;

/** The password policy and the strength meter: one verdict, from a strength estimator with German and English words. */
class PasswordPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"Passwort123!", "Sommer2026!!", "Qwertz123456", "Passwort1234", "Fussball2026!",
        "Schatz123456", "Hallo1234567", "Winter2024!!", "Mueller12345!"})
    void wellKnownPasswordsAndWordsWithDigitsAreRefusedAsTooEasyToGuess(String password) {
        PasswordPolicy.Verdict verdict = PasswordPolicy.check(password, "greta@example.org", "Greta Gans");

        assertThat(verdict.accepted()).isFalse();
        assertThat(verdict.problem()).isEqualTo("account.password.weak");
        assertThat(verdict.strength()).isEqualTo(PasswordPolicy.REFUSED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Zwölf Boxkämpfer jagen Viktor quer über den Sylter Deich",
        "korrekt pferd batterie heftklammer", "Leuchtturm-Nebel-77", "Hafen-Kran-Möwe-Sturm"})
    void aPassphraseOfUnrelatedWordsIsAccepted(String password) {
        PasswordPolicy.Verdict verdict = PasswordPolicy.check(password, "greta@example.org", "Greta Gans");

        assertThat(verdict.problem()).isNull();
        assertThat(verdict.strength()).isEqualTo(PasswordPolicy.STRONGEST);
    }

    @Test
    void theDemoAndTestPasswordsAreAccepted() {
        assertThat(PasswordPolicy.problem(DemoData.PASSWORD, "admin@smarte-hanse.example", "Ada Admin")).isNull();
        assertThat(PasswordPolicy.problem(Fixtures.PASSWORD, Fixtures.ADMIN, "Ada Admin")).isNull();
    }

    @Test
    void lengthNameAndRepetitionsAreCheckedToo() {
        assertThat(PasswordPolicy.check("", null, null)).isEqualTo(new PasswordPolicy.Verdict("validation.required", 0));
        assertThat(PasswordPolicy.check("Kurz-Pass-1", null, null))
                .isEqualTo(new PasswordPolicy.Verdict("account.password.too-short", 0));
        assertThat(PasswordPolicy.check("Leuchtturm-".repeat(12), null, null).problem())
                .isEqualTo("account.password.too-long");
        assertThat(PasswordPolicy.check("Gans-im-Hafen-2027", "greta@example.org", "Greta Gans").problem())
                .isEqualTo("account.password.personal");
        assertThat(PasswordPolicy.check("ab1!".repeat(16), null, null).problem()).isEqualTo("account.password.weak");
        assertThat(PasswordPolicy.check("passwort".repeat(8), null, null).problem()).isEqualTo("account.password.weak");
    }

    static Stream<String> passwords() {
        return Stream.of(null, "", "kurz", "passwort1234", "Passwort123!", "Sommer2026!!", "Qwertz123456",
                "Abcdefghijkl", "123456789012", "aaaaaaaaaaaa1!", "Falsch-Falsch-123", "Falsches-Passwort-1",
                "Gans-im-Hafen-2027", "Greta-Gans-2027", "Neues-Passwort-2027", "Hanse-Rostock-2027", "Wiebke-Wind-2027",
                "Leuchtturm-Nebel-77", "Neue-Segel-Setzen-19", Fixtures.PASSWORD, DemoData.PASSWORD,
                "korrekt pferd batterie heftklammer", "Leuchtturm-".repeat(12), "Tr0ub4dour&3xyz");
    }

    /** The meter never calls a refused password more than weak, nor an accepted one less than fair. */
    @ParameterizedTest
    @MethodSource("passwords")
    void theMeterAgreesWithThePolicy(String password) {
        PasswordPolicy.Verdict verdict = PasswordPolicy.check(password, "greta@example.org", "Greta Gans");

        if (verdict.accepted()) {
            assertThat(verdict.strength()).isBetween(PasswordPolicy.REFUSED + 1, PasswordPolicy.STRONGEST);
        } else {
            assertThat(verdict.strength()).isLessThanOrEqualTo(PasswordPolicy.REFUSED);
        }
        assertThat(PasswordPolicy.problem(password, "greta@example.org", "Greta Gans")).isEqualTo(verdict.problem());
    }
}
