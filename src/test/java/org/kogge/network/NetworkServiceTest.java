package org.kogge.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.kogge.account.AccountService;
import org.kogge.account.ProfileForm;
import org.kogge.account.Role;
import org.kogge.common.InvalidInputException;
import org.kogge.common.NotFoundException;
import org.kogge.event.EventKind;
import org.kogge.event.EventState;
import org.kogge.testing.DatabaseCleaner;
import org.kogge.testing.Fixtures;
import org.kogge.testing.ServiceTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

class NetworkServiceTest extends ServiceTestBase {

    @Autowired
    NetworkService network;

    @Autowired
    AccountService accounts;

    @Autowired
    DatabaseCleaner database;

    private static String keyOf(Throwable e, String field) {
        return ((InvalidInputException) e).problems().stream()
                .filter(p -> field == null ? p.field() == null : field.equals(p.field()))
                .findFirst().orElseThrow().messageKey();
    }

    private CityDto byName(String name) {
        return network.cities().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void adminAddsEditsListsAndDeletesCities() {
        login(Fixtures.ADMIN);

        CityDto wismar = network.saveCity(null, new CityForm("  Wismar ", "Mecklenburg-Vorpommern", true));
        CityDto hamburg = network.saveCity(null, new CityForm("Hamburg", null, false));
        assertThat(wismar.name()).isEqualTo("Wismar");
        assertThat(network.cities()).extracting(CityDto::name).containsExactly("Hamburg", "Lübeck", "Wismar");
        assertThat(network.cities()).filteredOn(CityDto::member).extracting(CityDto::name).containsExactly("Lübeck", "Wismar");
        assertThat(network.cities(PageRequest.of(0, 2)).getContent()).extracting(CityDto::name)
                .containsExactly("Hamburg", "Lübeck");
        assertThat(network.countCities()).isEqualTo(3);

        CityDto edited = network.saveCity(hamburg.id(), new CityForm("Hansestadt Hamburg", "Hamburg", true));
        assertThat(edited.id()).isEqualTo(hamburg.id());
        assertThat(network.city(hamburg.id())).isEqualTo(new CityDto(hamburg.id(), "Hansestadt Hamburg", "Hamburg", true));

        network.deleteCity(wismar.id());
        assertThat(network.cities()).extracting(CityDto::name).containsExactly("Hansestadt Hamburg", "Lübeck");
        assertThatThrownBy(() -> network.city(wismar.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void cityNamesAreUniqueIgnoringCase() {
        login(Fixtures.ADMIN);

        assertThatThrownBy(() -> network.saveCity(null, new CityForm("LÜBECK", null, true)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(keyOf(e, "name")).isEqualTo("city.name.taken"));
        CityDto kiel = network.saveCity(null, new CityForm("Kiel", null, true));
        assertThatThrownBy(() -> network.saveCity(kiel.id(), new CityForm("lübeck", null, true)))
                .satisfies(e -> assertThat(keyOf(e, "name")).isEqualTo("city.name.taken"));

        // Its own name in another case is fine.
        assertThat(network.saveCity(kiel.id(), new CityForm("KIEL", null, true)).name()).isEqualTo("KIEL");
        assertThat(network.cities()).extracting(CityDto::name).containsExactly("KIEL", "Lübeck");
    }

    @Test
    void namesThatMariaDbTreatsAsEqualAreRefusedWithAMessage() {
        login(Fixtures.ADMIN);
        CityDto kiel = network.saveCity(null, new CityForm("Kiel", null, true));
        if (database.isMariaDb()) {
            // utf8mb4_unicode_ci: "Lubeck" and "Lübeck" clash in the unique key, which the service reports.
            assertThatThrownBy(() -> network.saveCity(null, new CityForm("Lubeck", null, true)))
                    .satisfies(e -> assertThat(keyOf(e, "name")).isEqualTo("city.name.taken"));
            assertThatThrownBy(() -> network.saveCity(kiel.id(), new CityForm("Lubeck", null, true)))
                    .satisfies(e -> assertThat(keyOf(e, "name")).isEqualTo("city.name.taken"));
            assertThat(network.cities()).extracting(CityDto::name).containsExactly("Kiel", "Lübeck");
        } else {
            assertThat(network.saveCity(null, new CityForm("Lubeck", null, true)).name()).isEqualTo("Lubeck");
        }
    }

    @Test
    void cityNeedsAName() {
        login(Fixtures.ADMIN);
        assertThatThrownBy(() -> network.saveCity(null, new CityForm("   ", null, true)))
                .satisfies(e -> assertThat(keyOf(e, "name")).isEqualTo("validation.required"));
        assertThatThrownBy(() -> network.saveCity(null, new CityForm("X".repeat(121), null, true)))
                .satisfies(e -> assertThat(keyOf(e, "name")).isEqualTo("validation.too-long"));
    }

    @Test
    void aCityThatPeopleOrEventsUseCannotBeDeleted() {
        long rostock = fixtures.city("Rostock");
        long kiel = fixtures.city("Kiel");
        fixtures.person("Olga Organisator", Role.ORGANIZER);
        fixtures.event("olga@test.example", "Barcamp", EventKind.BARCAMP, 10, EventState.DRAFT); // in Lübeck
        fixtures.person("Ilse Igel");
        fixtures.as("ilse@test.example", () -> accounts.updateMyProfile(
                new ProfileForm("Ilse Igel", "ilse@test.example", null, rostock)));
        login("olga@test.example");
        accounts.updateMyProfile(new ProfileForm("Olga Organisator", "olga@test.example", null, kiel));
        login(Fixtures.ADMIN);

        long luebeck = fixtures.cityId();
        assertThatThrownBy(() -> network.deleteCity(luebeck))       // only the event is there
                .satisfies(e -> assertThat(keyOf(e, null)).isEqualTo("city.in-use"));
        assertThatThrownBy(() -> network.deleteCity(rostock))       // only Ilse lives there
                .satisfies(e -> assertThat(keyOf(e, null)).isEqualTo("city.in-use"));
        assertThat(network.cityExists(luebeck)).isTrue();
        assertThat(network.cityExists(rostock)).isTrue();

        login("olga@test.example");
        accounts.updateMyProfile(new ProfileForm("Olga Organisator", "olga@test.example", null, rostock));
        login(Fixtures.ADMIN);

        network.deleteCity(kiel);
        assertThat(network.cityExists(kiel)).isFalse();
    }

    @Test
    void adminRenamesTheNetwork() {
        login(Fixtures.ADMIN);

        network.renameNetwork("  Smarte   Hanse ");
        assertThat(network.networkName()).isEqualTo("Smarte Hanse");
        network.renameNetwork("Städtebund");
        assertThat(network.networkName()).isEqualTo("Städtebund");

        assertThatThrownBy(() -> network.renameNetwork(" "))
                .satisfies(e -> assertThat(keyOf(e, "name")).isEqualTo("validation.required"));
        assertThat(network.networkName()).isEqualTo("Städtebund");
    }

    @Test
    void peopleWhoAreNotAdminsCannotChangeTheNetwork() {
        fixtures.person("Olga Organisator", Role.ORGANIZER);
        fixtures.person("Anna Attendee");
        long luebeck = fixtures.cityId();

        for (String who : new String[] {"olga@test.example", "anna@test.example"}) {
            login(who);
            assertThatThrownBy(() -> network.saveCity(null, new CityForm("Kiel", null, true)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> network.saveCity(luebeck, new CityForm("Lubeck", null, true)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> network.deleteCity(luebeck)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> network.renameNetwork("Meins")).isInstanceOf(AccessDeniedException.class);
        }
        // An anonymous visitor, as Spring Security's filter presents them to the app.
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        assertThatThrownBy(() -> network.renameNetwork("Meins")).isInstanceOf(AccessDeniedException.class);
        logout();

        assertThat(network.cities()).extracting(CityDto::name).containsExactly("Lübeck");
        assertThat(network.networkName()).isNotEqualTo("Meins");
    }
}
