package org.kogge.network;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.kogge.common.GeneratedId;

/** The city network that runs Kogge (one row). */
@Entity
@Table(name = "network")
public class Network extends GeneratedId {

    private String name;

    @Version
    private long version;

    protected Network() {
    }

    public Network(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    void rename(String name) {
        this.name = name;
    }
}
