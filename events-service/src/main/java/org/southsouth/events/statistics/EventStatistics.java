package org.southsouth.events.statistics;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Figures computed from the records. Events count when OPEN, CLOSED or COMPLETED (drafts and cancelled events
 * count nowhere); visits, missions and people count once the event is COMPLETED and the person ATTENDED.
 */
@Schema(name = "EventStatistics", description = "Impact figures over the selected events and good practices")
public record EventStatistics(
        @Schema(description = "Delegation visits that are COMPLETED")
        long delegationVisitsHosted,

        @Schema(description = "Participants with role DELEGATE who ATTENDED a completed delegation visit")
        long delegatesHosted,

        @Schema(description = "Expert missions that are COMPLETED")
        long expertMissionsCompleted,

        @Schema(
                description =
                        "Experts sent to partners and events abroad: participants with role EXPERT who ATTENDED a "
                                + "completed expert mission, plus those who ATTENDED a completed event of another kind held in another "
                                + "country than their organization's (as the organization replica knows it now); online events, and "
                                + "organizations not known or without a country, add none")
        long expertsSent,

        @Schema(
                description =
                        "Participations ATTENDED at completed events, every role (a person at two events counts twice)")
        long participants,

        @Schema(description = "participants by role (DELEGATE, EXPERT, SPEAKER, VOLUNTEER, ORGANIZER)")
        Map<String, Long> participantsByRole,

        @Schema(description = "Events OPEN, CLOSED or COMPLETED, by kind")
        Map<String, Long> eventsByKind,

        @Schema(
                description =
                        "Events OPEN, CLOSED or COMPLETED, by the venue's country; online events without one are left out")
        Map<String, Long> eventsByCountry,

        @Schema(
                description =
                        "Events OPEN, CLOSED or COMPLETED, by the UNDP region of the venue's country (AFRICA, ARAB_STATES, "
                                + "ASIA_AND_THE_PACIFIC, EUROPE_AND_CENTRAL_ASIA, LATIN_AMERICA_AND_THE_CARIBBEAN); events without a country "
                                + "or in a country UNDP does not group are left out",
                example = "{\"AFRICA\": 2, \"ASIA_AND_THE_PACIFIC\": 5}")
        Map<String, Long> eventsByRegion,

        @Schema(description = "Events OPEN, CLOSED or COMPLETED, by SDG; an event serving two goals counts under each")
        Map<String, Long> eventsBySdg,

        @Schema(description = "Events OPEN, CLOSED or COMPLETED, by the year they start in the venue's time zone")
        Map<String, Long> eventsByYear,

        @Schema(
                description =
                        "The monthly series: events OPEN, CLOSED or COMPLETED by the month (YYYY-MM) they start in the "
                                + "venue's time zone, as eventsByYear; months without events are left out",
                example = "{\"2025-03\": 2, \"2025-11\": 1}")
        Map<String, Long> eventsByMonth,

        @Schema(
                description =
                        "The completed-event figures by SDG, in goal order; an event serving two goals counts under each, "
                                + "so the rows add up to more than the totals")
        List<CompletedEventFigures> completedBySdg,

        @Schema(
                description =
                        "The completed-event figures by the year the event started in the venue's time zone, in time order")
        List<CompletedEventFigures> completedByYear,

        @Schema(
                description =
                        "The completed-event figures by the month (YYYY-MM) the event started in the venue's time zone, in "
                                + "time order (the monthly series)")
        List<CompletedEventFigures> completedByMonth,

        @Schema(
                description =
                        "The completed-event figures by the venue's country (by code); online events without one are left out")
        List<CompletedEventFigures> completedByCountry,

        @Schema(
                description =
                        "The completed-event figures by the UNDP region of the venue's country; events without a country "
                                + "or in a country UNDP does not group are left out; by region name")
        List<CompletedEventFigures> completedByRegion,

        @Schema(
                description =
                        "Good practices PUBLISHED or ARCHIVED, by SDG; a practice serving two goals counts under each")
        Map<String, Long> goodPracticesBySdg) {}
