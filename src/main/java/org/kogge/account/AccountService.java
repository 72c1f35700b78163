package org.kogge.account;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;
import jakarta.annotation.PostConstruct;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kogge.common.Constraints;
import org.kogge.common.InputValidator;
import org.kogge.common.InvalidInputException;
import org.kogge.common.Languages;
import org.kogge.common.NotFoundException;
import org.kogge.common.PublicAccess;
import org.kogge.common.Texts;
import jakarta.persistence.EntityManager;
import org.kogge.mail.PersonMails;
import org.kogge.network.City;
import org.kogge.network.NetworkService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sign-up, profiles, roles and account deletion. */
@Service
@Transactional(readOnly = true)
public class AccountService {

    private final PersonRepository people;
    private final NetworkService network;
    private final EntityManager em;
    private final PasswordEncoder passwordEncoder;
    private final InputValidator validator;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ObjectProvider<PersonalDataSource> dataSources;
    private final LoginThrottle throttle;
    private final CurrentRequest request;
    private final ApplicationEventPublisher events;
    private final AddressConfirmationService confirmations;
    private final AccountMails mails;
    private final PersonMails personMails;

    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    public AccountService(PersonRepository people, NetworkService network, EntityManager em, PasswordEncoder passwordEncoder,
                          InputValidator validator, CurrentUser currentUser, Clock clock,
                          ObjectProvider<PersonalDataSource> dataSources, LoginThrottle throttle,
                          CurrentRequest request, ApplicationEventPublisher events,
                          AddressConfirmationService confirmations, AccountMails mails, PersonMails personMails) {
        this.confirmations = confirmations;
        this.personMails = personMails;
        this.mails = mails;
        this.throttle = throttle;
        this.request = request;
        this.events = events;
        this.people = people;
        this.network = network;
        this.em = em;
        this.passwordEncoder = passwordEncoder;
        this.validator = validator;
        this.currentUser = currentUser;
        this.clock = clock;
        this.dataSources = dataSources;
    }

    /**
     * The password estimator loads its dictionaries in the background from the start (on the second core while the
     * context starts), so that the demo data and the first sign-up do not wait for them.
     */
    @PostConstruct
    void preparePasswordPolicy() {
        Thread.ofVirtual().name("password-policy").start(PasswordPolicy::prepare);
    }

    /**
     * Creates an account with role ATTENDEE and mails a link to confirm its address; the page's language becomes the
     * person's. Anyone may sign up.
     */
    @Transactional
    @PublicAccess("anyone may sign up; the account gets the least role, ATTENDEE")
    public PersonDto signUp(SignupForm form) {
        form.tidy();
        InputValidator.Problems problems = validator.check(form);
        if (!problems.has("password")) {
            String weak = PasswordPolicy.problem(form.getPassword(), form.getEmail(), form.getDisplayName());
            problems.addIf(weak != null, "password", weak);
        }
        City city = city(form.getCityId());
        problems.addIf(form.getCityId() != null && city == null, "cityId", "validation.required");
        if (!problems.has("email") && people.existsByEmail(form.getEmail())) {
            problems.add("email", "account.email.taken");
        }
        problems.throwIfAny();
        Person person = new Person(form.getEmail(), form.getDisplayName(), form.getOrganisation(), city,
                passwordEncoder.encode(form.getPassword()), clock.instant());
        person.setPreferredLocale(request.language().toLanguageTag());
        try {
            PersonDto created = PersonDto.of(people.saveAndFlush(person));
            confirmations.sendLink(person);
            events.publishEvent(new AccountCreated(created.id()));
            return created;
        } catch (DataIntegrityViolationException raceOnEmail) {
            throw emailTakenOr(raceOnEmail);
        }
    }

    /**
     * The first admin of an empty installation (see {@link AdminBootstrap}); refused once any admin exists, so it
     * cannot be used to take over a running installation.
     */
    @Transactional
    @PublicAccess("refused once any admin exists: only an empty installation gets its first admin (AdminBootstrap)")
    public PersonDto createFirstAdmin(String displayName, String email, String password) {
        if (people.countWithRole(Role.ADMIN) > 0) {
            throw new AccessDeniedException("an admin exists already");
        }
        String normalized = Texts.normalizeEmail(email);
        InputValidator.Problems problems = new InputValidator.Problems();
        problems.addIf(normalized == null || !normalized.contains("@"), "email", "validation.email");
        String weak = PasswordPolicy.problem(password, normalized, displayName);
        problems.addIf(weak != null, "password", weak);
        problems.throwIfAny();
        Person admin = people.findByEmail(normalized).orElseGet(() -> {
            Person created = people.save(new Person(normalized, Texts.oneLine(displayName), null, null,
                    passwordEncoder.encode(password), clock.instant()));
            events.publishEvent(new AccountCreated(created.getId()));
            return created;
        });
        admin.setRoles(EnumSet.of(Role.ADMIN, Role.ATTENDEE));
        // Whoever installs Kogge vouches for the first admin's address.
        admin.confirmEmail(clock.instant());
        return PersonDto.of(admin);
    }

    /** Remembers the language the caller chose on the page (German or English), so that their mails follow it. */
    @Transactional
    public void rememberLanguage(Locale language) {
        loadWithCity(currentUser.requireId()).setPreferredLocale(Languages.supported(language).toLanguageTag());
    }

    /** The caller's own profile. */
    public PersonDto me() {
        return PersonDto.of(loadWithCity(currentUser.requireId()));
    }

    public Optional<PersonDto> find(long id) {
        return people.findWithCity(id).filter(p -> !p.isDeleted()).map(PersonDto::of);
    }

    /**
     * A person by email (trimmed, lower case), e.g. to add a co-organizer. Only organizers and admins may look
     * people up, so that nobody can test which addresses have an account.
     */
    @PreAuthorize("hasAnyRole('ORGANIZER','ADMIN')")
    public Optional<PersonDto> findByEmail(String email) {
        String normalized = Texts.normalizeEmail(email);
        if (normalized == null) {
            return Optional.empty();
        }
        return people.findNotDeletedByEmail(normalized).map(PersonDto::of);
    }

    /**
     * Saves the caller's profile; a new email (the login name) needs the current password, checked like a login,
     * and is confirmed like a new account's (a link to the new address), while the old address is told of the change.
     */
    @Transactional
    public PersonDto updateMyProfile(ProfileForm form) {
        Person me = loadWithCity(currentUser.requireId());
        form.tidy();
        InputValidator.Problems problems = validator.check(form);
        City city = city(form.getCityId());
        problems.addIf(form.getCityId() != null && city == null, "cityId", "validation.required");
        boolean newEmail = !problems.has("email") && !form.getEmail().equals(me.getEmail());
        if (newEmail && people.existsByEmail(form.getEmail())) {
            problems.add("email", "account.email.taken");
        }
        if (newEmail) {
            // The email is what one logs in with: changing it needs the password, checked like a login.
            String wrong = passwordProblem(me, form.getCurrentPassword());
            problems.addIf(wrong != null, "currentPassword", wrong);
        }
        problems.throwIfAny();
        String oldEmail = me.getEmail();
        me.updateProfile(form.getDisplayName(), form.getOrganisation(), city);
        me.changeEmail(form.getEmail());
        try {
            people.flush();
        } catch (DataIntegrityViolationException raceOnEmail) {
            throw emailTakenOr(raceOnEmail);
        }
        if (newEmail) {
            confirmations.sendLink(me);
            mails.addressChanged(me, oldEmail);
        }
        return PersonDto.of(me);
    }

    /**
     * Changes the caller's password; needs the current one, checked like a login (wrong guesses count towards
     * {@link LoginThrottle}). After the change the person's other sessions end; the caller's own stays logged in.
     */
    @Transactional
    public void changeMyPassword(String currentPassword, String newPassword) {
        Person me = loadWithCity(currentUser.requireId());
        InputValidator.Problems problems = new InputValidator.Problems();
        String wrong = passwordProblem(me, currentPassword);
        problems.addIf(wrong != null, "currentPassword", wrong);
        String weak = PasswordPolicy.problem(newPassword, me.getEmail(), me.getDisplayName());
        problems.addIf(weak != null, "newPassword", weak);
        problems.throwIfAny();
        me.changePasswordHash(passwordEncoder.encode(newPassword));
        events.publishEvent(new PersonSessions.PasswordChanged(me.getId(), request.sessionId().orElse(null)));
    }

    /** {@code null} when {@code password} is the person's; otherwise why not, as a message key. */
    private String passwordProblem(Person me, String password) {
        LoginThrottle.Outcome outcome = throttle.check(me.getEmail(), request.clientAddress().orElse(null),
                () -> password != null && passwordEncoder.matches(password, me.getPasswordHash()));
        return switch (outcome) {
            case MATCHED -> null;
            case WRONG -> "account.password.wrong";
            case THROTTLED -> "account.password.throttled";
        };
    }

    /**
     * GDPR: removes the caller's personal data. The account row stays without name or email, so that events
     * and sessions they contributed to keep working, shown without their name. The last admin cannot leave.
     */
    @Transactional
    public void deleteMyAccount(String password) {
        Person me = loadWithCity(currentUser.requireId());
        String wrong = passwordProblem(me, password);
        if (wrong != null) {
            throw new InvalidInputException("password", wrong);
        }
        if (me.getRoles().contains(Role.ADMIN) && people.countWithRole(Role.ADMIN) <= 1) {
            throw new InvalidInputException(null, "account.delete.last-admin");
        }
        me.erase(clock.instant());
        personMails.forget(me.getId());
        events.publishEvent(new AccountDeleted(me.getId()));
    }

    /**
     * GDPR data export (right of access, portability): everything Kogge stores about the caller, as JSON. Other
     * features add their sections through {@link PersonalDataSource}. Never contains the password hash.
     */
    public String exportMyData() {
        Person me = loadWithCity(currentUser.requireId());
        Map<String, Object> account = new LinkedHashMap<>();
        account.put("id", me.getId());
        account.put("displayName", me.getDisplayName());
        account.put("email", me.getEmail());
        account.put("organisation", me.getOrganisation());
        account.put("city", me.getCity() == null ? null : me.getCity().getName());
        account.put("roles", me.getRoles().stream().map(Role::name).sorted().toList());
        account.put("preferredLocale", me.getPreferredLocale());
        account.put("createdAt", me.getCreatedAt());
        account.put("privacyAcceptedAt", me.getPrivacyAcceptedAt());
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("exportedAt", clock.instant());
        export.put("network", network.networkName());
        export.put("account", account);
        export.put("mails", personMails.of(me.getId()));
        dataSources.orderedStream().forEach(source -> export.put(source.section(), source.dataOf(me.getId())));
        return JSON.writeValueAsString(export);
    }

    /** People (not deleted) whose name, email or organisation contains {@code search}; by name unless sorted. */
    @PreAuthorize("hasRole('ADMIN')")
    public Page<PersonDto> people(String search, Pageable page) {
        String q = Texts.clean(search);
        String pattern = q == null ? null : "%" + q.toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
        Pageable sorted = page.getSort().isSorted() || page.isUnpaged() ? page
                : PageRequest.of(page.getPageNumber(), page.getPageSize(), Sort.by("displayName", "id"));
        return people.search(pattern, sorted).map(PersonDto::of);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public long countPeople(String search) {
        return people(search, Pageable.ofSize(1)).getTotalElements();
    }

    /** Admins grant and take roles. Everyone keeps ATTENDEE; an admin cannot take ADMIN from themselves. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public PersonDto setRoles(long personId, Set<Role> roles) {
        Person person = people.findNotDeleted(personId)
                .orElseThrow(() -> new NotFoundException("person " + personId));
        EnumSet<Role> wanted = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        wanted.add(Role.ATTENDEE);
        if (person.getId().equals(currentUser.requireId()) && !wanted.contains(Role.ADMIN)) {
            throw new InvalidInputException("roles", "account.roles.keep-own-admin");
        }
        person.setRoles(wanted);
        return PersonDto.of(person);
    }

    /** An admin vouches for a person's address (the demo's and imported accounts, or one confirmed by phone). */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void confirmAddressOf(long personId) {
        people.findNotDeleted(personId)
                .orElseThrow(() -> new NotFoundException("person " + personId)).confirmEmail(clock.instant());
    }

    /** Used by other features to show organizers and hosts. Deleted people have no name. */
    public java.util.Map<Long, String> displayNames(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        people.findNamesByIdIn(ids).forEach(p -> names.put(p.id(), p.displayName()));
        return names;
    }

    private City city(Long id) {
        return network.cityExists(id) ? em.getReference(City.class, id) : null;
    }

    private Person loadWithCity(long id) {
        Person p = people.findWithCity(id).orElseThrow(() -> new NotFoundException("person " + id));
        if (p.isDeleted()) {
            throw new AccessDeniedException("account deleted");
        }
        return p;
    }

    /**
     * Someone else took the address between the check above and the write (the unique key caught it): the person
     * is told as if the check had seen it. Any other violation is not ours to explain and stays as it is.
     */
    private static RuntimeException emailTakenOr(DataIntegrityViolationException violation) {
        return Constraints.violates(violation, "uk_person_email")
                ? new InvalidInputException("email", "account.email.taken") : violation;
    }
}
