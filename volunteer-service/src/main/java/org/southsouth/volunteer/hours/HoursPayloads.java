package org.southsouth.volunteer.hours;

import org.southsouth.contracts.volunteer.ServiceHoursV1;

public final class HoursPayloads {

    private HoursPayloads() {}

    public static ServiceHoursV1 of(ServiceHours h) {
        return new ServiceHoursV1(
                h.id,
                h.volunteerId,
                h.servedOn,
                h.hours,
                h.activity,
                h.eventId,
                h.deploymentId,
                h.sdgs.stream().sorted().toList(),
                h.verified,
                h.updatedAt);
    }
}
