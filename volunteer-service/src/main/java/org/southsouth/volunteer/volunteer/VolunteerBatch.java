package org.southsouth.volunteer.volunteer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.southsouth.bulk.postgres.BatchRunner;
import org.southsouth.rest.ValidBodies;
import org.southsouth.rest.bulk.BulkItems;
import org.southsouth.rest.bulk.BulkResult;
import org.southsouth.volunteer.access.AccessScope;
import org.southsouth.volunteer.access.CallerAccess;

/**
 * A batch of volunteers: a new one is registered and given its consents as the single calls do; an existing one gets
 * the item's fields as a merge patch and each consent it has not open under the same policy version.
 */
@ApplicationScoped
public class VolunteerBatch {

    public static final String FAMILY = "volunteer";
    private static final String CONSENTS = "consents";

    @Inject
    BatchRunner batches;

    @Inject
    VolunteerService volunteers;

    @Inject
    ConsentService consents;

    @Inject
    ValidBodies bodies;

    @Inject
    CallerAccess access;

    @Inject
    ProfileLookups lookups;

    public BulkResult write(BulkItems batch) {
        AccessScope scope = access.records();
        return batches.run(FAMILY, batch, null, this::prepare, (fields, existing) -> {
            ObjectNode consentFields = fields.objectNode();
            if (fields.has(CONSENTS)) {
                consentFields.set(CONSENTS, fields.remove(CONSENTS));
            }
            List<NewConsent> given = bodies.read(consentFields, Consents.class).consents();
            if (existing == null) {
                Volunteer created = volunteers.register(scope, bodies.read(fields, VolunteerProfile.class));
                given.forEach(consent -> consents.give(scope, created.id, consent.purpose(), consent.policyVersion()));
                return BatchRunner.Written.created(created.id);
            }
            boolean changed = changes(volunteers.get(scope, existing), fields);
            if (changed) {
                volunteers.patch(scope, existing, null, fields);
            }
            boolean consented = false;
            for (NewConsent consent : given) {
                if (!isOpen(existing, consent)) {
                    consents.give(scope, existing, consent.purpose(), consent.policyVersion());
                    consented = true;
                }
            }
            return BatchRunner.Written.updatedOrUnchanged(changed || consented, existing);
        });
    }

    /** Loads the skills, home organizations and emails the items name, once for all of them. */
    private void prepare(List<ObjectNode> items) {
        Set<String> skills = new HashSet<>();
        Set<UUID> organizations = new HashSet<>();
        Set<String> emails = new HashSet<>();
        for (ObjectNode item : items) {
            item.path("skills").forEach(skill -> {
                if (skill.isTextual()) {
                    skills.add(skill.textValue());
                }
            });
            uuid(item.path("homeOrganizationId")).ifPresent(organizations::add);
            if (item.path("email").isTextual()) {
                emails.add(item.path("email").textValue());
            }
        }
        lookups.load(skills, organizations, emails);
    }

    private static Optional<UUID> uuid(JsonNode text) {
        try {
            return text.isTextual() ? Optional.of(UUID.fromString(text.textValue())) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Whether the item's fields change what is stored: lists are sets, kept in a stable order, names stripped. */
    private boolean changes(Volunteer volunteer, ObjectNode fields) {
        VolunteerProfile current = VolunteerProfiles.of(volunteer);
        VolunteerProfile p = bodies.patched(current, fields, VolunteerProfile.class);
        VolunteerProfile stored = new VolunteerProfile(
                p.name().strip(),
                p.email().strip(),
                p.phone(),
                p.nationality(),
                p.residence(),
                p.homeOrganizationId(),
                p.bio(),
                p.status() == null ? VolunteerStatus.ACTIVE : p.status(),
                p.languages().stream()
                        .distinct()
                        .sorted(Comparator.comparing(LanguageEntry::code))
                        .toList(),
                p.skills().stream().distinct().sorted().toList(),
                p.availability().stream()
                        .distinct()
                        .sorted(Comparator.comparing(AvailabilityEntry::from).thenComparing(AvailabilityEntry::to))
                        .toList());
        return !stored.equals(current);
    }

    /** A select, not Panache's count(): Hibernate translates every count() to SQL anew, a select only once. */
    private static boolean isOpen(UUID volunteerId, NewConsent consent) {
        return !ConsentRecord.getEntityManager()
                .createQuery(
                        "select c.id from ConsentRecord c where c.volunteerId = :volunteer"
                                + " and c.purpose = :purpose and c.policyVersion = :version and c.withdrawnAt is null",
                        UUID.class)
                .setParameter("volunteer", volunteerId)
                .setParameter("purpose", consent.purpose())
                .setParameter("version", consent.policyVersion())
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /** The consents of an item, read under the single consent call's rules. */
    public record Consents(@Size(max = 20) List<@Valid @NotNull NewConsent> consents) {

        public Consents {
            consents = consents == null ? List.of() : consents;
        }
    }
}
