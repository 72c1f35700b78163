package org.kogge.archive;

import org.kogge.account.PersonalDataSource;
import org.kogge.proposal.SessionSummaries;
import org.kogge.proposal.SessionSummary;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The session materials a person last edited, in their data export (GDPR): the session, the text and when. */
@Component
class MaterialsDataSource implements PersonalDataSource {

    private final SessionMaterialRepository materials;
    private final SessionSummaries sessions;

    MaterialsDataSource(SessionMaterialRepository materials, SessionSummaries sessions) {
        this.materials = materials;
        this.sessions = sessions;
    }

    @Override
    public String section() {
        return "sessionmaterials";
    }

    @Override
    @Transactional(readOnly = true)
    public Object dataOf(long personId) {
        return PersonalDataSource.titledRows(materials.findByEditedByOrderByEditedAtAsc(personId),
                SessionMaterial::getSessionId, sessions::of, SessionSummary::title, "session", (m, row) -> {
                    row.put("text", m.getBody());
                    row.put("editedAt", String.valueOf(m.getEditedAt()));
                });
    }
}
