package org.kogge;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kogge.account.CurrentUser;
import org.kogge.common.PublicAccess;
import org.kogge.event.EventGate;
import org.kogge.testing.NotAotGenerated;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every public method of a {@code @Service} that changes data checks who calls it.
 *
 * <p>"Changes data": the method is {@code @Transactional} and not {@code readOnly}, by its own annotation or, without
 * one, by its class's. "Checks who calls it": the method
 * <ul>
 * <li>is annotated {@code @PreAuthorize} or {@code @Secured}, or</li>
 * <li>calls, itself or through methods of its own class or of helpers in its package (such as the schedule's
 * {@code ScheduleWriter}), one of the {@link #CHECKS}: the logged-in person
 * ({@code CurrentUser.requireId}, {@code CurrentUser.hasRole}) or an organizer of the event
 * ({@code EventGate.organized}, {@code EventGate.isOrganizer}), or</li>
 * <li>calls a method of another service that checks by these same rules (it hands the work to that door), or</li>
 * <li>is marked {@link PublicAccess} with the reason why anybody may call it (signup, RSVP by token, ...).</li>
 * </ul>
 * Methods that run inside a caller's transaction ({@code Propagation.MANDATORY}) are the caller's business.
 */
class ServiceAccessTest {

    /** The access checks: owner class and method name. */
    static final Set<String> CHECKS = Set.of(
            CurrentUser.class.getName() + ".requireId",
            CurrentUser.class.getName() + ".requireConfirmedId",
            CurrentUser.class.getName() + ".hasRole",
            EventGate.class.getName() + ".organized",
            EventGate.class.getName() + ".isOrganizer");

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(new NotAotGenerated()).importPackages("org.kogge");
    }

    @Test
    void everyPublicServiceMethodThatChangesDataChecksWhoCallsIt() {
        Set<String> unchecked = new TreeSet<>();
        for (JavaClass service : classes) {
            if (!service.isAnnotatedWith(Service.class)) {
                continue;
            }
            for (JavaMethod m : service.getMethods()) {
                if (m.getModifiers().contains(JavaModifier.PUBLIC) && changesData(m) && !checksCaller(m)) {
                    unchecked.add(service.getSimpleName() + "." + m.getName());
                }
            }
        }
        assertThat(unchecked)
                .as("public service methods that change data without an access check (add one, or @PublicAccess(\"why\"))")
                .isEmpty();
    }

    @Test
    void everyPublicAccessSaysWhy() {
        List<String> silent = classes.stream().flatMap(c -> c.getMethods().stream())
                .filter(m -> m.isAnnotatedWith(PublicAccess.class))
                .filter(m -> m.getAnnotationOfType(PublicAccess.class).value().isBlank())
                .map(JavaMethod::getFullName).toList();
        assertThat(silent).isEmpty();
    }

    static boolean changesData(JavaMethod m) {
        Optional<Transactional> own = m.tryGetAnnotationOfType(Transactional.class);
        Optional<Transactional> tx = own.isPresent() ? own : m.getOwner().tryGetAnnotationOfType(Transactional.class);
        return tx.isPresent() && !tx.get().readOnly()
                && tx.get().propagation() != org.springframework.transaction.annotation.Propagation.MANDATORY;
    }

    static boolean checksCaller(JavaMethod m) {
        return m.isAnnotatedWith(PreAuthorize.class) || m.isAnnotatedWith(Secured.class)
                || m.isAnnotatedWith(PublicAccess.class) || callsACheck(m, new HashSet<>());
    }

    private static boolean callsACheck(JavaMethod m, Set<JavaMethod> seen) {
        if (!seen.add(m)) {
            return false;
        }
        if (m.isAnnotatedWith(PreAuthorize.class) || m.isAnnotatedWith(Secured.class)) {
            return true;
        }
        for (JavaMethodCall call : m.getMethodCallsFromSelf()) {
            String target = call.getTargetOwner().getName() + "." + call.getName();
            if (CHECKS.contains(target)) {
                return true;
            }
            JavaClass owner = call.getTargetOwner();
            if (owner.equals(m.getOwner()) || owner.isAnnotatedWith(Service.class)
                    || owner.getPackageName().equals(m.getOwner().getPackageName())) {
                Optional<JavaMethod> own = call.getTarget().resolveMember();
                if (own.isPresent() && callsACheck(own.get(), seen)) {
                    return true;
                }
            }
        }
        return false;
    }
}
