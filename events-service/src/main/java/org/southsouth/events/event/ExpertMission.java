package org.southsouth.events.event;

import java.util.List;
import java.util.UUID;

/** What only an expert mission has: where the experts go, who receives them, how many and with which expertise. */
public record ExpertMission(
        String destinationCountry,
        String destinationCity,
        UUID receivingOrganizationId,
        int expertsCount,
        List<String> expertise) {}
