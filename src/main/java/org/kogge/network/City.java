package org.kogge.network;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A city of the network (or a guest city that takes part without being a member). */
@Entity
@Table(name = "city")
public class City {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

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

    public Long getId() {
        return id;
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
