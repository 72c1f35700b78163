package org.kogge.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.kogge.network.City;
import org.kogge.common.GeneratedId;

/** A person with an account. After deletion (GDPR) the row stays without any personal data. */
@Entity
@Table(name = "person")
public class Person extends GeneratedId {

    private String email;

    private String displayName;

    private String organisation;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "city_id")
    private City city;

    private String passwordHash;

    private Instant privacyAcceptedAt;

    @Column(nullable = false)
    private Instant createdAt;

    private Instant deletedAt;

    private String preferredLocale;

    private boolean mailChanges = true;

    private boolean mailReminders = true;

    private boolean mailMessages = true;

    private String unsubscribeToken;
    private boolean emailConfirmed;

    private Instant emailConfirmedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "person_role", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    @Version
    private long version;

    protected Person() {
    }

    Person(String email, String displayName, String organisation, City city, String passwordHash, Instant now) {
        this.email = email;
        this.displayName = displayName;
        this.organisation = organisation;
        this.city = city;
        this.passwordHash = passwordHash;
        this.privacyAcceptedAt = now;
        this.createdAt = now;
        this.roles.add(Role.ATTENDEE);
    }

    public String getEmail() { return email; }
    public String getDisplayName() { return displayName; }
    public String getOrganisation() { return organisation; }
    public City getCity() { return city; }
    String getPasswordHash() { return passwordHash; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getPrivacyAcceptedAt() { return privacyAcceptedAt; }
    public Instant getDeletedAt() { return deletedAt; }
    public boolean isDeleted() { return deletedAt != null; }
    public String getPreferredLocale() { return preferredLocale; }
    public boolean isEmailConfirmed() { return emailConfirmed; }
    Instant getEmailConfirmedAt() { return emailConfirmedAt; }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    void updateProfile(String displayName, String organisation, City city) {
        this.displayName = displayName;
        this.organisation = organisation;
        this.city = city;
    }

    /** A new address: it must be confirmed again, unless it is the same. */
    void changeEmail(String email) {
        if (!email.equals(this.email)) {
            this.email = email;
            this.emailConfirmed = false;
        }
    }

    /** The current address reaches its owner (a confirmation link was followed, or an admin vouches for it). */
    void confirmEmail(Instant now) {
        emailConfirmed = true;
        if (emailConfirmedAt == null) {
            emailConfirmedAt = now;
        }
    }

    void changePasswordHash(String hash) { this.passwordHash = hash; }

    void setPreferredLocale(String tag) { this.preferredLocale = tag; }

    MailPreferences getMailPreferences() { return new MailPreferences(mailChanges, mailReminders, mailMessages); }

    void setMailPreferences(MailPreferences wanted) {
        mailChanges = wanted.changes();
        mailReminders = wanted.reminders();
        mailMessages = wanted.messages();
    }

    String getUnsubscribeToken() { return unsubscribeToken; }

    void setUnsubscribeToken(String token) { this.unsubscribeToken = token; }

    void setRoles(Set<Role> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
    }

    /** GDPR erasure: everything that names or reaches the person goes; the row stays for what they contributed. */
    void erase(Instant now) {
        email = null;
        displayName = null;
        organisation = null;
        city = null;
        passwordHash = null;
        privacyAcceptedAt = null;
        preferredLocale = null;
        unsubscribeToken = null;
        roles.clear();
        deletedAt = now;
    }
}
