package org.kogge.network;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.kogge.common.GeneratedId;

/** A city of the network (or a guest city that takes part without being a member). */
@Entity
@Table(name = "city")
public class City extends GeneratedId {

    private String name;

    private String state;

    private boolean member = true;

    @Version
    private long version;

    protected City() {
    }

    public City(String name, String state, boolean member) {
        this.name = name;
        this.state = state;
        this.member = member;
    }

    public String getName() {
        return name;
    }

    public String getState() {
        return state;
    }

    public boolean isMember() {
        return member;
    }

    void update(String name, String state, boolean member) {
        this.name = name;
        this.state = state;
        this.member = member;
    }
}
