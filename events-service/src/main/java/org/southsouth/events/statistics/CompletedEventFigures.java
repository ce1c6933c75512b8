package org.southsouth.events.statistics;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The completed-event figures of one key of a breakdown (one SDG, year, month, country or region). */
@Schema(
        name = "CompletedEventFigures",
        description = "The headline figures of the completed events under one key of a "
                + "breakdown; a row for every key with at least one COMPLETED event")
public record CompletedEventFigures(
        @Schema(
                description = "The SDG (\"4\"), year (\"2025\"), month (\"2025-03\"), country (\"KE\") or UNDP region "
                        + "(\"AFRICA\") the row is about",
                example = "4")
        String key,

        @Schema(description = "Delegation visits that are COMPLETED", example = "2")
        long delegationVisitsHosted,

        @Schema(description = "Participants with role DELEGATE who ATTENDED those visits", example = "24")
        long delegatesHosted,

        @Schema(description = "Expert missions that are COMPLETED", example = "1")
        long expertMissionsCompleted,

        @Schema(
                description =
                        "Participants with role EXPERT who ATTENDED those missions, plus those who ATTENDED the other "
                                + "completed events of the key from an organization in another country than the venue (as expertsSent)",
                example = "3")
        long expertsSent,

        @Schema(
                description = "Participations ATTENDED at the completed events of the key, every role and kind",
                example = "40")
        long participants) {}
