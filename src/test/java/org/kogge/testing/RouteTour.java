package org.kogge.testing;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.kogge.account.Role;
import org.kogge.ceremony.GuestFilter;
import org.kogge.ceremony.GuestListService;
import org.kogge.demo.DemoData;
import org.kogge.demo.DemoWorld;
import org.kogge.proposal.BoardService;
import org.kogge.proposal.ProposalCard;
import org.kogge.schedule.ScheduleReader;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Every page of the app for every kind of visitor, on the demo data ({@link DemoWorld}): the routes are found by
 * their {@code @Route} and {@code @RouteAlias} annotations, so a new view cannot escape the tests that walk them;
 * each needs a way to fill its parameters in {@link #fill}, or {@link #plan()} fails and names it. A visitor sees a
 * route when its access annotation lets them in (visitors who would only be sent to the login page are left out).
 */
@Component
public class RouteTour {

    /** The four kinds of visitor, with the demo account each logs in with. */
    public enum Visitor {
        ANONYMOUS(null), PARTICIPANT(DemoData.EXPERT), ORGANIZER(DemoData.ORGANIZER), ADMIN(DemoData.ADMIN);

        private final String email;

        Visitor(String email) {
            this.email = email;
        }

        /** The demo account, or null for the visitor who is not logged in. */
        public String email() {
            return email;
        }

        boolean mayOpen(Class<?> view) {
            if (view.isAnnotationPresent(AnonymousAllowed.class)) {
                return true;
            }
            if (view.isAnnotationPresent(PermitAll.class)) {
                return this != ANONYMOUS;
            }
            RolesAllowed roles = view.getAnnotation(RolesAllowed.class);
            if (roles == null) {
                return false;
            }
            Set<String> allowed = Set.of(roles.value());
            return switch (this) {
                case ANONYMOUS -> false;
                case PARTICIPANT -> allowed.contains(Role.EXPERT.name()) || allowed.contains(Role.ATTENDEE.name());
                // Organizer pages are walked as the events' organizer; the admin sees them the same way.
                case ORGANIZER -> allowed.contains(Role.ORGANIZER.name());
                case ADMIN -> allowed.contains(Role.ADMIN.name()) && !allowed.contains(Role.ORGANIZER.name());
            };
        }
    }

    private final DemoWorld demo;
    private final Fixtures fixtures;
    private final GuestListService guests;
    private final BoardService boards;
    private final ScheduleReader schedules;

    public RouteTour(DemoWorld demo, Fixtures fixtures, GuestListService guests, BoardService boards,
                     ScheduleReader schedules) {
        this.demo = demo;
        this.fixtures = fixtures;
        this.guests = guests;
        this.boards = boards;
        this.schedules = schedules;
    }

    /** Every route template of the app (as written in its annotation) with its view class, sorted. */
    public static Map<String, Class<?>> routes() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Map<String, Class<?>> routes = new TreeMap<>();
        for (var candidate : scanner.findCandidateComponents("org.kogge")) {
            Class<?> view = load(candidate.getBeanClassName());
            routes.put(view.getAnnotation(Route.class).value(), view);
            Arrays.stream(view.getAnnotationsByType(RouteAlias.class)).forEach(a -> routes.put(a.value(), view));
        }
        return routes;
    }

    /**
     * Loads the demo data and returns, for each visitor, the pages to open (paths without the leading slash).
     * Fails, naming them, if a route has no fill or a fill names a route that no longer exists.
     */
    public Map<Visitor, List<String>> plan() {
        demo.load();
        Map<String, List<String>> fills = fill();
        Map<String, Class<?>> routes = routes();
        List<String> missing = routes.keySet().stream().filter(r -> !fills.containsKey(r)).toList();
        List<String> stale = fills.keySet().stream().filter(r -> !routes.containsKey(r)).toList();
        if (!missing.isEmpty() || !stale.isEmpty()) {
            throw new AssertionError("RouteTour.fill must know every route: without a fill " + missing
                    + ", fills for routes that do not exist " + stale);
        }
        Map<Visitor, List<String>> plan = new EnumMap<>(Visitor.class);
        for (Visitor visitor : Visitor.values()) {
            List<String> paths = new ArrayList<>();
            routes.forEach((route, view) -> {
                if (visitor.mayOpen(view)) {
                    paths.addAll(fills.get(route));
                }
            });
            plan.put(visitor, paths);
        }
        return plan;
    }

    /** Each route template with the demo pages that show it. */
    private Map<String, List<String>> fill() {
        String barcamp = DemoWorld.BARCAMP;
        String ceremony = DemoWorld.CEREMONY;
        String token = fixtures.as(DemoData.ORGANIZER, () -> guests.guests(ceremony, GuestFilter.ALL, PageRequest.of(0, 1)))
                .getFirst().link().replaceAll(".*/", "");
        long proposal = fixtures.as(DemoData.EXPERT, () -> boards.board(barcamp, null, null, null)).proposals().stream()
                .filter(ProposalCard::mine).findFirst().orElseThrow().id();
        long session = schedules.published(barcamp).sessions().getFirst().content().id();
        Map<String, List<String>> fills = new LinkedHashMap<>();
        fills.put("", List.of(""));
        fills.put("events", List.of("events"));
        fills.put("archive", List.of("archive", "archive?q=starkregen"));
        fills.put("login", List.of("login"));
        fills.put("signup", List.of("signup"));
        fills.put("privacy", List.of("privacy"));
        fills.put("imprint", List.of("imprint"));
        fills.put("accessibility", List.of("accessibility"));
        fills.put("password/forgot", List.of("password/forgot"));
        fills.put("password/reset/:token", List.of("password/reset/" + "x".repeat(43)));
        fills.put("confirm/:token", List.of("confirm/" + "x".repeat(43)));
        fills.put("account", List.of("account"));
        fills.put("me/events", List.of("me/events"));
        fills.put("me/agenda", List.of("me/agenda"));
        fills.put("me/sessions", List.of("me/sessions"));
        fills.put("organize", List.of("organize"));
        fills.put("admin/cities", List.of("admin/cities"));
        fills.put("admin/people", List.of("admin/people"));
        fills.put("admin/mail", List.of("admin/mail"));
        fills.put("invitation/:token", List.of("invitation/" + token));
        fills.put("events/:slug", List.of("events/" + barcamp, "events/" + ceremony));
        fills.put("organize/events/:slug", List.of("organize/events/" + barcamp, "organize/events/" + ceremony));
        fills.put("organize/events/new", List.of("organize/events/new"));
        fills.put("organize/events/:slug/settings",
                List.of("organize/events/" + barcamp + "/settings", "organize/events/" + ceremony + "/settings"));
        fills.put("organize/events/:slug/messages",
                List.of("organize/events/" + barcamp + "/messages", "organize/events/" + ceremony + "/messages"));
        Stream.of("proposals", "proposals/new", "schedule", "now").forEach(p ->
                fills.put("events/:slug/" + p, List.of("events/" + barcamp + "/" + p)));
        fills.put("events/:slug/sessions/:id", List.of("events/" + barcamp + "/sessions/" + session));
        fills.put("events/:slug/proposals/:id([0-9]{1,18})/edit",
                List.of("events/" + barcamp + "/proposals/" + proposal + "/edit"));
        Stream.of("participants", "proposals", "schedule", "rooms").forEach(p ->
                fills.put("organize/events/:slug/" + p, List.of("organize/events/" + barcamp + "/" + p)));
        Stream.of("ceremony", "guests", "guests/print", "checkin").forEach(p ->
                fills.put("organize/events/:slug/" + p, List.of("organize/events/" + ceremony + "/" + p)));
        return fills;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
