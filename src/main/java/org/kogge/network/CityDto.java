package org.kogge.network;

/** A city as views and other features see it. */
public record CityDto(Long id, String name, String state, boolean member) {

    static CityDto of(City c) {
        return new CityDto(c.getId(), c.getName(), c.getState(), c.isMember());
    }
}
