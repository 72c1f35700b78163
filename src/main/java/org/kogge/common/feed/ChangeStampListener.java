package org.kogge.common.feed;

import jakarta.persistence.EntityManagerFactory;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostCommitDeleteEventListener;
import org.hibernate.event.spi.PostCommitInsertEventListener;
import org.hibernate.event.spi.PostCommitUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.stereotype.Component;

/**
 * Moves the {@link ChangeStamps} after every committed insert, update and delete of an entity (Hibernate's
 * post-commit events, so that a reader never sees a new stamp with old data, and a rolled-back write moves nothing):
 * the event's stamp if the entity has an {@code eventId} (as a property or its id), all stamps otherwise. Entities
 * marked {@link NotInFeeds} move only their event's live stamp (if they have an event); those of other libraries
 * (such as the event publication registry) are left out.
 * A change of an element collection (co-hosts, topics, organizers) reaches it as an update of its owner, whose
 * version grows with it.
 */
@Component
class ChangeStampListener implements PostCommitInsertEventListener, PostCommitUpdateEventListener,
        PostCommitDeleteEventListener {

    private static final String EVENT_ID = "eventId";
    private static final int IGNORED = -4;
    /** Added to the index of the event id of an entity marked {@link NotInFeeds}: it moves the live stamp only. */
    private static final int LIVE_ONLY = 1 << 16;
    private static final int GLOBAL = -2;
    private static final int ID = -1;

    private final ChangeStamps stamps;
    /**
     * Per entity name: where its event id is (a property index, {@link #ID}, {@link #LIVE_ONLY} plus the index), or
     * {@link #GLOBAL}, {@link #IGNORED}.
     */
    private final Map<String, Integer> eventIdIndex = new ConcurrentHashMap<>();

    ChangeStampListener(ChangeStamps stamps, EntityManagerFactory emf) {
        this.stamps = stamps;
        EventListenerRegistry registry = emf.unwrap(SessionFactoryImplementor.class).getEventListenerRegistry();
        registry.appendListeners(EventType.POST_COMMIT_INSERT, this);
        registry.appendListeners(EventType.POST_COMMIT_UPDATE, this);
        registry.appendListeners(EventType.POST_COMMIT_DELETE, this);
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return where(persister) != IGNORED;
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        changed(event.getPersister(), event.getId(), event.getState());
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        changed(event.getPersister(), event.getId(), event.getState());
        if (event.getOldState() != null) {
            changed(event.getPersister(), event.getId(), event.getOldState());
        }
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        changed(event.getPersister(), event.getId(), event.getDeletedState());
    }

    @Override
    public void onPostInsertCommitFailed(PostInsertEvent event) {
        // rolled back: nothing changed
    }

    @Override
    public void onPostUpdateCommitFailed(PostUpdateEvent event) {
        // rolled back: nothing changed
    }

    @Override
    public void onPostDeleteCommitFailed(PostDeleteEvent event) {
        // rolled back: nothing changed
    }

    private void changed(EntityPersister persister, Object id, Object[] state) {
        int where = where(persister);
        if (where == IGNORED) {
            return;
        }
        if (where >= LIVE_ONLY) {
            if (state != null && state[where - LIVE_ONLY] instanceof Number n) {
                stamps.liveChanged(n.longValue());
            }
            return;
        }
        Object eventId = where == ID ? id : where >= 0 && state != null ? state[where] : null;
        if (eventId instanceof Number n) {
            stamps.eventChanged(n.longValue());
        } else {
            stamps.allChanged();
        }
    }

    private int where(EntityPersister persister) {
        return eventIdIndex.computeIfAbsent(persister.getEntityName(), name -> {
            Class<?> type = persister.getMappedClass();
            if (!type.getName().startsWith("org.kogge.")) {
                return IGNORED;
            }
            int index = Arrays.asList(persister.getPropertyNames()).indexOf(EVENT_ID);
            if (type.isAnnotationPresent(NotInFeeds.class)) {
                return index >= 0 ? LIVE_ONLY + index : IGNORED;
            }
            if (EVENT_ID.equals(persister.getIdentifierPropertyName())) {
                return ID;
            }
            return index >= 0 ? index : GLOBAL;
        });
    }
}
