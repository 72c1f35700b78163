package org.kogge.network;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who runs this Kogge, bound from {@code kogge.legal.*} ({@code KOGGE_LEGAL_*}): the provider's details that the
 * legal notice (Impressum, § 5 DDG), the privacy notice's controller (Art. 13 GDPR) and the accessibility statement's
 * feedback contact (§ 12b BGG, BITV 2.0) name. Blank settings count as not set.
 *
 * @param operator who provides the site, e.g. "Hansestadt Lübeck, für das Netzwerk Smarte Hanse"
 * @param address postal address; lines separated by {@code ;}
 * @param representative who represents the operator (e.g. "Der Bürgermeister")
 * @param email contact address for the site
 * @param phone contact telephone (optional)
 * @param privacyOfficer the data protection officer's contact (optional)
 * @param accessibilityContact where barriers are reported (default: {@code email})
 * @param enforcementBody the body to turn to when feedback on barriers gets no satisfying answer (optional)
 * @param enforcementUrl its web address (optional)
 */
@ConfigurationProperties(prefix = "kogge.legal")
public record LegalNotice(String operator, String address, String representative, String email, String phone,
                          String privacyOfficer, String accessibilityContact, String enforcementBody,
                          String enforcementUrl) {

    public LegalNotice {
        operator = blankToNull(operator);
        address = blankToNull(address);
        representative = blankToNull(representative);
        email = blankToNull(email);
        phone = blankToNull(phone);
        privacyOfficer = blankToNull(privacyOfficer);
        accessibilityContact = blankToNull(accessibilityContact);
        enforcementBody = blankToNull(enforcementBody);
        enforcementUrl = blankToNull(enforcementUrl);
    }

    /** Whether the provider is named with a postal address and a way to write to them: what a legal notice needs. */
    public boolean complete() {
        return operator != null && address != null && email != null;
    }

    public List<String> addressLines() {
        return address == null ? List.of()
                : Arrays.stream(address.split("[;\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Where to report a barrier: the accessibility contact, else the site's contact address. */
    public Optional<String> feedbackContact() {
        return Optional.ofNullable(accessibilityContact != null ? accessibilityContact : email);
    }

    /** The start-up warning for a server outside the local profiles whose legal notice is incomplete. */
    public Optional<String> missingWarning(boolean local) {
        if (local || complete()) {
            return Optional.empty();
        }
        return Optional.of("kogge.legal.operator, .address and .email (KOGGE_LEGAL_OPERATOR, KOGGE_LEGAL_ADDRESS, "
                + "KOGGE_LEGAL_EMAIL) are not all set: the legal notice (Impressum) and the privacy notice cannot name "
                + "who provides this site, which a public site in Germany must");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
