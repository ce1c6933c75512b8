package org.southsouth.volunteer.volunteer;

import org.southsouth.contracts.volunteer.VolunteerV1;

/** What other services learn of a volunteer: no email, phone, bio or consent. */
public final class VolunteerPayloads {

    private VolunteerPayloads() {}

    public static VolunteerV1 of(Volunteer volunteer) {
        return new VolunteerV1(
                volunteer.id,
                volunteer.name,
                volunteer.nationality,
                volunteer.homeOrganizationId,
                volunteer.languages.stream().map(SpokenLanguage::code).sorted().toList(),
                volunteer.status.name(),
                volunteer.updatedAt);
    }
}
