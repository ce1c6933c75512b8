package org.southsouth.volunteer.volunteer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.southsouth.failure.InvalidInput;
import org.southsouth.failure.RuleRefused;

/** The rules of a profile that Bean Validation cannot see: references, duplicates, date order. */
@ApplicationScoped
public class ProfileRules {

    @Inject
    ProfileLookups lookups;

    public void check(VolunteerProfile profile) {
        if (profile.status() == VolunteerStatus.ERASED) {
            throw new InvalidInput("status", "must be ACTIVE or INACTIVE; erasure has its own request");
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < profile.languages().size(); i++) {
            if (!codes.add(profile.languages().get(i).code())) {
                throw new InvalidInput("languages[" + i + "].code", "is listed twice");
            }
        }
        checkSkills(profile.skills());
        for (int i = 0; i < profile.availability().size(); i++) {
            AvailabilityEntry window = profile.availability().get(i);
            if (window.to().isBefore(window.from())) {
                throw new InvalidInput("availability[" + i + "].to", "must not be before from");
            }
        }
        if (profile.homeOrganizationId() == null) {
            throw new InvalidInput("homeOrganizationId", "must not be null");
        }
        if (!lookups.organizationKnown(profile.homeOrganizationId())) {
            throw new RuleRefused(
                    "unknown-organization",
                    "Home organization " + profile.homeOrganizationId()
                            + " is not known to volunteer-service; it must be registered in partner-service first.");
        }
    }

    private void checkSkills(List<String> skills) {
        if (skills.size() != new HashSet<>(skills).size()) {
            throw new InvalidInput("skills", "lists a skill twice");
        }
        for (int i = 0; i < skills.size(); i++) {
            if (!lookups.skillExists(skills.get(i))) {
                throw new InvalidInput(
                        "skills[" + i + "]",
                        "is not in the skill list (GET /api/v1/volunteers/skills; coordinators can add skills)");
            }
        }
    }
}
