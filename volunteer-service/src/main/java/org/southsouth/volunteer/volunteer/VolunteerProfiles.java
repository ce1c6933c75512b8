package org.southsouth.volunteer.volunteer;

import java.util.Comparator;

/** A volunteer's profile as a document, lists in a stable order: the base a merge patch applies to. */
public final class VolunteerProfiles {

    private VolunteerProfiles() {}

    public static VolunteerProfile of(Volunteer v) {
        return new VolunteerProfile(
                v.name,
                v.email,
                v.phone,
                v.nationality,
                v.residence,
                v.homeOrganizationId,
                v.bio,
                v.status,
                v.languages.stream()
                        .sorted(Comparator.comparing(SpokenLanguage::code))
                        .map(l -> new LanguageEntry(l.code(), l.level()))
                        .toList(),
                v.skills.stream().sorted().toList(),
                v.availability.stream()
                        .sorted(Comparator.comparing(AvailabilityWindow::from).thenComparing(AvailabilityWindow::to))
                        .map(w -> new AvailabilityEntry(w.from(), w.to()))
                        .toList());
    }
}
