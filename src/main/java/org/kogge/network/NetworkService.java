package org.kogge.network;

import java.util.List;
import org.kogge.common.Constraints;
import org.kogge.common.InputValidator;
import org.kogge.common.InvalidInputException;
import org.kogge.common.NotFoundException;
import org.kogge.common.Texts;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The network's name and its cities. Reading is open to all; changes are for admins. */
@Service
@Transactional(readOnly = true)
public class NetworkService {

    static final String DEFAULT_NAME = "Kogge";

    private final NetworkRepository networks;
    private final CityRepository cities;
    private final InputValidator validator;

    public NetworkService(NetworkRepository networks, CityRepository cities, InputValidator validator) {
        this.networks = networks;
        this.cities = cities;
        this.validator = validator;
    }

    public String networkName() {
        return networks.findFirstByOrderByIdAsc().map(Network::getName).orElse(DEFAULT_NAME);
    }

    public List<CityDto> cities() {
        return cities.findAllByOrderByNameAsc().stream().map(CityDto::of).toList();
    }

    /** A page of all cities, by name unless sorted otherwise (for the admins' list). */
    public Page<CityDto> cities(Pageable page) {
        Pageable sorted = page.getSort().isSorted() || page.isUnpaged() ? page
                : PageRequest.of(page.getPageNumber(), page.getPageSize(), Sort.by("name", "id"));
        return cities.findAll(sorted).map(CityDto::of);
    }

    public long countCities() {
        return cities.count();
    }

    public CityDto city(long id) {
        return cities.findById(id).map(CityDto::of).orElseThrow(() -> new NotFoundException("city " + id));
    }

    /** Used by other features to check a city id they were given. */
    public boolean cityExists(Long id) {
        return id != null && cities.existsById(id);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void renameNetwork(String name) {
        String clean = Texts.oneLine(name);
        InputValidator.Problems problems = new InputValidator.Problems();
        problems.addIf(clean == null, "name", "validation.required");
        problems.addIf(clean != null && clean.length() > 120, "name", "validation.too-long", 0, 120);
        problems.throwIfAny();
        Network network = networks.findFirstByOrderByIdAsc().orElseGet(() -> networks.save(new Network(clean)));
        network.rename(clean);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public CityDto saveCity(Long id, CityForm form) {
        form.setName(Texts.oneLine(form.getName()));
        form.setState(Texts.oneLine(form.getState()));
        InputValidator.Problems problems = validator.check(form);
        if (!problems.has("name")) {
            cities.findByNameIgnoreCase(form.getName())
                    .filter(other -> !other.getId().equals(id))
                    .ifPresent(other -> problems.add("name", "city.name.taken"));
        }
        problems.throwIfAny();
        City city;
        try {
            if (id == null) {
                city = cities.saveAndFlush(new City(form.getName(), form.getState(), form.isMember()));
            } else {
                city = cities.findById(id).orElseThrow(() -> new NotFoundException("city " + id));
                city.update(form.getName(), form.getState(), form.isMember());
                cities.flush();
            }
        } catch (DataIntegrityViolationException sameNameOnMariaDb) {
            if (!Constraints.violates(sameNameOnMariaDb, "uk_city_name")) {
                throw sameNameOnMariaDb;
            }
            // MariaDB's collation also treats "Lubeck" and "Lübeck" as the same name; so does the unique key.
            throw new InvalidInputException("name", "city.name.taken");
        }
        return CityDto.of(city);
    }

    /** Cities that events or people refer to cannot be deleted, only marked as no longer members. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void deleteCity(long id) {
        City city = cities.findById(id).orElseThrow(() -> new NotFoundException("city " + id));
        try {
            cities.delete(city);
            cities.flush();
        } catch (DataIntegrityViolationException e) {
            throw new InvalidInputException(null, "city.in-use");
        }
    }
}
