package org.kogge.common;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * A row whose id the database generates ({@code IDENTITY}, as every table's {@code id} column is made): the id's
 * mapping, written once for the entities that have one. {@code null} until the row is saved.
 */
@MappedSuperclass
public abstract class GeneratedId {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    protected GeneratedId() {
    }

    public Long getId() { return id; }
}
