package org.kogge.archive.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.kogge.archive.MaterialsService;
import org.kogge.archive.SessionMaterials;
import org.kogge.schedule.PublicScheduleService.SessionPage;
import org.kogge.schedule.ui.SessionPageSection;

/**
 * "Unterlagen & Ergebnisse" on a session's page: the materials for everybody once written; for those who may write
 * them an edit button (or an invitation to add some). Nothing at all for others while none are written, and nothing
 * for a session whose programme is not published or that is cancelled.
 */
@org.springframework.stereotype.Component
public class MaterialsSection implements SessionPageSection {

    private final MaterialsService materials;

    public MaterialsSection(MaterialsService materials) {
        this.materials = materials;
    }

    @Override
    public Optional<Component> create(SessionPage page) {
        Optional<SessionMaterials> shown = materials.of(page.event().slug(), page.session().id());
        if (shown.isEmpty() || (!shown.get().written() && !shown.get().mayEdit())) {
            return Optional.empty();
        }
        return Optional.of(new MaterialsPanel(materials, page.event().slug(), shown.get()));
    }

    @Override
    public int order() {
        return 10;
    }
}
