package org.kogge.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.kogge.account.Role;
import org.kogge.common.NotFoundException;
import org.kogge.event.EventKind;
import org.kogge.event.EventState;
import org.springframework.security.access.AccessDeniedException;

/** Phases and topics, which only the barcamp's organizers set. */
class BarcampSettingsServiceTest extends ProposalTestBase {

    @Test
    void phasesAndBudgetAreSetByTheOrganizerWithinRange() {
        assertThat(barcampSettings.phases(slug)).isEqualTo(new BarcampPhases(true, true, null));
        assertThat(problemOf(() -> fixtures.as(organizer, () -> barcampSettings.changePhases(slug, true, true, 0))))
                .isEqualTo("voteBudget:proposal.budget.range");
        assertThat(problemOf(() -> fixtures.as(organizer, () -> barcampSettings.changePhases(slug, true, true, 101))))
                .isEqualTo("voteBudget:proposal.budget.range");
        assertThat(fixtures.as(organizer, () -> barcampSettings.changePhases(slug, false, true, 3)))
                .isEqualTo(new BarcampPhases(false, true, 3));
        assertThat(barcampSettings.phases(slug)).isEqualTo(new BarcampPhases(false, true, 3));
    }

    @Test
    void topicsAreCleanUniqueAndOfThisBarcamp() {
        assertThat(problemOf(() -> fixtures.as(organizer, () -> barcampSettings.addTopic(slug, "  "))))
                .isEqualTo("topic:validation.required");
        assertThat(problemOf(() -> fixtures.as(organizer,
                () -> barcampSettings.addTopic(slug, "x".repeat(BarcampSettingsService.TOPIC_MAX + 1)))))
                .isEqualTo("topic:validation.too-long");
        assertThat(problemOf(() -> fixtures.as(organizer, () -> barcampSettings.addTopic(slug, " smart  WATER "))))
                .isEqualTo("topic:proposal.topic.taken");
        assertThat(fixtures.as(organizer, () -> barcampSettings.addTopic(slug, "  Mobilität ")).name())
                .isEqualTo("Mobilität");
        fixtures.as(organizer, () -> barcampSettings.removeTopic(slug, energy));
        assertThat(barcampSettings.topics(slug)).extracting(TopicDto::name).containsExactly("Mobilität", "Smart Water");

        String other = fixtures.event(organizer, "Zweites Barcamp", EventKind.BARCAMP, 30, EventState.PUBLISHED).slug();
        assertThatThrownBy(() -> fixtures.as(organizer, () -> barcampSettings.removeTopic(other, water)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void onlyTheOrganizersSetPhasesAndTopics() {
        String erika = participant("Erika Expertin");
        assertThatThrownBy(() -> fixtures.as(erika, () -> barcampSettings.changePhases(slug, true, true, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as(erika, () -> barcampSettings.addTopic(slug, "Eigenes Thema")))
                .isInstanceOf(AccessDeniedException.class);
        String otherOrganizer = fixtures.person("Otto Other", Role.ORGANIZER).email();
        assertThatThrownBy(() -> fixtures.as(otherOrganizer, () -> barcampSettings.removeTopic(slug, water)))
                .isInstanceOf(AccessDeniedException.class);
        String ceremony = fixtures.event(organizer, "Festakt", EventKind.CEREMONY, 30, EventState.PUBLISHED).slug();
        assertThatThrownBy(() -> fixtures.as(organizer, () -> barcampSettings.addTopic(ceremony, "Thema")))
                .isInstanceOf(NotFoundException.class);
    }
}
