package org.southsouth.volunteer.opportunity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import org.southsouth.failure.InvalidInput;
import org.southsouth.failure.RuleRefused;
import org.southsouth.volunteer.deployment.DeploymentRules;
import org.southsouth.volunteer.messaging.HostOrganization;
import org.southsouth.volunteer.volunteer.LanguageEntry;
import org.southsouth.volunteer.volunteer.Skill;

/** What an opportunity must satisfy beyond its shape: a coherent period, known skills, an active host, a known sender. */
@ApplicationScoped
public class OpportunityRules {

    @Inject
    DeploymentRules deploymentRules;

    public void check(OpportunityFields fields) {
        if (fields.hostOrganizationId() == null) {
            throw new InvalidInput("hostOrganizationId", "is required");
        }
        if (fields.startTo().isBefore(fields.startFrom())) {
            throw new InvalidInput("startTo", "must not be before startFrom");
        }
        if (fields.durationMonthsMax() < fields.durationMonthsMin()) {
            throw new InvalidInput("durationMonthsMax", "must not be less than durationMonthsMin");
        }
        if (fields.applicationDeadline().isAfter(fields.startTo())) {
            throw new InvalidInput("applicationDeadline", "must not be after startTo");
        }
        requireDistinct("skills", fields.skills().stream().map(SkillNeed::code).toList());
        requireDistinct(
                "languages",
                fields.languages().stream().map(LanguageEntry::code).toList());
        requireDistinct("sdgs", fields.sdgs());
        for (int i = 0; i < fields.skills().size(); i++) {
            if (Skill.findById(fields.skills().get(i).code()) == null) {
                throw new InvalidInput(
                        "skills[" + i + "].code",
                        "is not in the skill list (GET /api/v1/volunteers/skills; coordinators can add skills)");
            }
        }
        deploymentRules.requireActiveHost(fields.hostOrganizationId());
        if (fields.sendingOrganizationId() != null
                && HostOrganization.findById(fields.sendingOrganizationId()) == null) {
            throw new RuleRefused(
                    "unknown-organization",
                    "Sending organization " + fields.sendingOrganizationId()
                            + " is not known to volunteer-service; it must be registered in partner-service first.");
        }
    }

    private static void requireDistinct(String field, List<?> values) {
        if (values.size() != new HashSet<>(values).size()) {
            throw new InvalidInput(field, "lists an entry twice");
        }
    }
}
