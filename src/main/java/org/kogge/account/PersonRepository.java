package org.kogge.account;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PersonRepository extends JpaRepository<Person, Long> {

    Optional<Person> findByEmail(String email);

    /** The account with this id, unless it was deleted (a deleted account stays as an erased row). */
    default Optional<Person> findNotDeleted(long id) {
        return findById(id).filter(p -> !p.isDeleted());
    }

    /** The account with this (normalized) address, unless it was deleted. */
    default Optional<Person> findNotDeletedByEmail(String email) {
        return findByEmail(email).filter(p -> !p.isDeleted());
    }

    Optional<Person> findByUnsubscribeToken(String token);

    boolean existsByEmail(String email);

    @EntityGraph(attributePaths = {"city", "roles"})
    @Query("select p from Person p where p.id = :id")
    Optional<Person> findWithCity(@Param("id") long id);

    @Query(value = "select p from Person p left join p.city c where p.deletedAt is null and ("
            + ":q is null or lower(p.displayName) like :q or p.email like :q or lower(p.organisation) like :q)",
            countQuery = "select count(p) from Person p where p.deletedAt is null and ("
            + ":q is null or lower(p.displayName) like :q or p.email like :q or lower(p.organisation) like :q)")
    @EntityGraph(attributePaths = {"city"})
    Page<Person> search(@Param("q") String likePattern, Pageable pageable);

    @Query("select count(p) from Person p join p.roles r where r = :role and p.deletedAt is null")
    long countWithRole(@Param("role") Role role);

    @Query("select distinct p from Person p left join fetch p.city left join fetch p.roles where p.id in :ids")
    List<Person> findWithCityByIdIn(@Param("ids") java.util.Collection<Long> ids);

    @Query("select new org.kogge.account.PersonName(p.id, p.displayName, c.name) from Person p left join p.city c "
            + "where p.id in :ids")
    List<PersonName> findNamesByIdIn(@Param("ids") java.util.Collection<Long> ids);

    @Query("select count(p) > 0 from Person p where p.id = :id and p.emailConfirmed = true and p.deletedAt is null")
    boolean isEmailConfirmed(@Param("id") long id);

    /** Sign-ups whose address was never confirmed, created before {@code cutoff}. */
    @Query("select p from Person p where p.emailConfirmedAt is null and p.deletedAt is null and p.createdAt < :cutoff")
    List<Person> findNeverConfirmedCreatedBefore(@Param("cutoff") java.time.Instant cutoff);

    List<Person> findByEmailIn(java.util.Collection<String> emails);
}
