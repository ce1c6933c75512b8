package org.southsouth.volunteer.volunteer;

import jakarta.transaction.TransactionScoped;
import java.io.Serializable;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.southsouth.volunteer.messaging.HostOrganization;

/**
 * What a profile's rules look up (skills, home organizations, who holds an email), remembered for the rest of the
 * transaction. A batch loads them for all the profiles of its transaction in one query each ({@link #load}); a single
 * request loads nothing ahead and asks the store each time. Scoped to the transaction, so a rolled back transaction's
 * writes are never remembered.
 */
@TransactionScoped
public class ProfileLookups implements Serializable {

    private final Set<String> knownSkills = new HashSet<>();
    private final Set<UUID> knownOrganizations = new HashSet<>();
    /** The emails (lower case) loaded ahead, with the volunteer holding each, if any. */
    private final Set<String> loadedEmails = new HashSet<>();

    private final Map<String, UUID> emailHolders = new HashMap<>();

    /** Loads, in one query each, which of these skills and organizations exist and who holds these emails. */
    public void load(Collection<String> skills, Collection<UUID> organizations, Collection<String> emails) {
        if (!skills.isEmpty()) {
            knownSkills.addAll(Skill.getEntityManager()
                    .createQuery("select s.code from Skill s where s.code in :codes", String.class)
                    .setParameter("codes", skills)
                    .getResultList());
        }
        if (!organizations.isEmpty()) {
            knownOrganizations.addAll(HostOrganization.getEntityManager()
                    .createQuery("select o.id from HostOrganization o where o.id in :ids", UUID.class)
                    .setParameter("ids", organizations)
                    .getResultList());
        }
        List<String> lowerCase = emails.stream().map(ProfileLookups::normalized).toList();
        if (!lowerCase.isEmpty()) {
            Volunteer.getEntityManager()
                    .createQuery(
                            "select lower(v.email), v.id from Volunteer v where lower(v.email) in :emails",
                            Object[].class)
                    .setParameter("emails", lowerCase)
                    .getResultList()
                    .forEach(row -> emailHolders.put((String) row[0], (UUID) row[1]));
            loadedEmails.addAll(lowerCase);
        }
    }

    /** Skills are never removed from the list, so one found stays known. */
    public boolean skillExists(String code) {
        if (!knownSkills.contains(code) && Skill.findById(code) != null) {
            knownSkills.add(code);
        }
        return knownSkills.contains(code);
    }

    public boolean organizationKnown(UUID id) {
        if (!knownOrganizations.contains(id) && HostOrganization.findById(id) != null) {
            knownOrganizations.add(id);
        }
        return knownOrganizations.contains(id);
    }

    /** Whether a volunteer other than {@code except} (null: any) holds the email, ignoring case. */
    public boolean emailTaken(String email, UUID except) {
        String key = normalized(email);
        if (!loadedEmails.contains(key)) {
            // A select, not Panache's count(): Hibernate translates every count() to SQL anew, a select only once.
            return !Volunteer.getEntityManager()
                    .createQuery(
                            "select v.id from Volunteer v where lower(v.email) = :email and v.id <> :except",
                            UUID.class)
                    .setParameter("email", key)
                    .setParameter("except", except == null ? new UUID(0, 0) : except)
                    .setMaxResults(1)
                    .getResultList()
                    .isEmpty();
        }
        UUID holder = emailHolders.get(key);
        return holder != null && !holder.equals(except);
    }

    /** The volunteer now holds this email (and no longer any other it held) in this transaction. */
    public void emailHeld(String email, UUID volunteerId) {
        emailHolders.values().removeIf(volunteerId::equals);
        String key = normalized(email);
        if (loadedEmails.contains(key)) {
            emailHolders.put(key, volunteerId);
        }
    }

    private static String normalized(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
