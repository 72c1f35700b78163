package org.kogge.archive;

import java.util.List;
import java.util.Map;
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
        List<SessionMaterial> mine = materials.findByEditedByOrderByEditedAtAsc(personId);
        Map<Long, SessionSummary> titles = sessions.of(mine.stream().map(SessionMaterial::getSessionId).toList());
        return mine.stream().map(m -> Map.of(
                "session", titles.containsKey(m.getSessionId()) ? titles.get(m.getSessionId()).title() : "",
                "text", m.getBody(),
                "editedAt", String.valueOf(m.getEditedAt()))).toList();
    }
}
