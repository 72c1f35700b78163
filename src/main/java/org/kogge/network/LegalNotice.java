package org.kogge.network;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.format.annotation.DateTimeFormat;

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
 * @param statementPrepared the day the accessibility statement was prepared (ISO date, e.g. 2026-12-07)
 * @param statementReviewed the day it was last reviewed (ISO date; not before {@code statementPrepared}). A value
 *                          that is no date stops the start-up with a message naming the setting.
 */
@ConfigurationProperties(prefix = "kogge.legal")
public record LegalNotice(String operator, String address, String representative, String email, String phone,
                          String privacyOfficer, String accessibilityContact, String enforcementBody,
                          String enforcementUrl,
                          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate statementPrepared,
                          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate statementReviewed) {

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
        if (statementPrepared != null && statementReviewed != null && statementReviewed.isBefore(statementPrepared)) {
            throw new IllegalArgumentException("kogge.legal.statement-reviewed (KOGGE_LEGAL_STATEMENT_REVIEWED, "
                    + statementReviewed + ") is before kogge.legal.statement-prepared (KOGGE_LEGAL_STATEMENT_PREPARED, "
                    + statementPrepared + "): a statement is reviewed after it was prepared");
        }
    }

    /** Whether the accessibility statement says when it was prepared and last reviewed, as the EU model requires. */
    public boolean statementDated() {
        return statementPrepared != null && statementReviewed != null;
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

    /** The start-up warning for a server outside the local profiles whose accessibility statement is undated. */
    public Optional<String> undatedStatementWarning(boolean local) {
        if (local || statementDated()) {
            return Optional.empty();
        }
        return Optional.of("kogge.legal.statement-prepared and .statement-reviewed (KOGGE_LEGAL_STATEMENT_PREPARED, "
                + "KOGGE_LEGAL_STATEMENT_REVIEWED, ISO dates such as 2026-12-07) are not both set: the accessibility "
                + "statement cannot say when it was prepared and last reviewed");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
