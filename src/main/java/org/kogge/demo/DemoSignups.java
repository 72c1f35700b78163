package org.kogge.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.kogge.account.AccountService;
import org.kogge.account.Role;
import org.kogge.account.RunAs;
import org.kogge.account.SignupForm;
import org.kogge.network.CityDto;

/**
 * The demo's people sign up on two threads of their own while the demo goes on (cold start, issue 12): each sign-up
 * hashes the password with bcrypt at the strength of every account (ten demo accounts were a fifth of the demo's
 * thread's time on a cold JVM), so the hashes run on a second core, beside the demo's other steps. Each person
 * signs up through {@link AccountService#signUp} as anybody would, then the admin confirms the address and grants the
 * roles, each step in its own transaction as before. {@link #person} waits for
 * one person; {@link #close} waits for all and stops the threads.
 */
final class DemoSignups implements AutoCloseable {

    /** One demo person: name, address, organisation, city, roles beyond ATTENDEE. */
    record Person(String name, String email, String organisation, String city, Set<Role> roles) {
    }

    private static final int THREADS = 2;

    private final AccountService accounts;
    private final RunAs runAs;
    private final String admin;
    private final List<CityDto> cities;
    private final ExecutorService threads;
    private final Map<String, CompletableFuture<Long>> signedUp = new LinkedHashMap<>();

    DemoSignups(AccountService accounts, RunAs runAs, String admin, List<CityDto> cities) {
        this.accounts = accounts;
        this.runAs = runAs;
        this.admin = admin;
        this.cities = cities;
        AtomicInteger n = new AtomicInteger();
        this.threads = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "demo-signup-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts the sign-ups in the given order (the first ones are ready first); called once, before {@link #person}. */
    void start(List<Person> people) {
        for (Person p : people) {
            signedUp.put(p.email(), CompletableFuture.supplyAsync(() -> signUp(p), threads));
        }
    }

    /** The id of a person started before, once signed up, confirmed and given their roles. */
    long person(String email) {
        CompletableFuture<Long> f = signedUp.get(email);
        if (f == null) {
            throw new IllegalArgumentException("not a demo person: " + email);
        }
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private long signUp(Person p) {
        SignupForm f = new SignupForm();
        f.setDisplayName(p.name());
        f.setEmail(p.email());
        f.setOrganisation(p.organisation());
        f.setCityId(cities.stream().filter(c -> c.name().equals(p.city())).findFirst().orElseThrow().id());
        f.setPassword(DemoData.PASSWORD);
        f.setPrivacyAccepted(true);
        long id = accounts.signUp(f).id();
        runAs.as(admin, () -> {
            accounts.confirmAddressOf(id);
            if (!p.roles().isEmpty()) {
                accounts.setRoles(id, p.roles());
            }
        });
        return id;
    }

    /** Waits for every sign-up (a failed one fails the demo), then stops the threads. */
    @Override
    public void close() {
        try {
            signedUp.keySet().forEach(this::person);
        } finally {
            threads.shutdownNow();
        }
    }
}
