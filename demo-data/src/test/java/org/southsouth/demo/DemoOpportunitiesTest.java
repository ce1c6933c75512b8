package org.southsouth.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The demo shows opportunities and applications in every status, each application of a known volunteer. */
class DemoOpportunitiesTest {

    @Test
    void everyStatusIsShownOnce() {
        assertEquals(
                Set.of("DRAFT", "OPEN", "CLOSED", "FILLED", "CANCELLED"),
                DemoOpportunities.OPPORTUNITIES.stream()
                        .map(DemoOpportunities.Opportunity::status)
                        .collect(Collectors.toSet()));
        // The SUBMITTED application to the FILLED opportunity ends REJECTED when its one position is taken.
        assertEquals(
                Set.of("SUBMITTED", "SHORTLISTED", "OFFERED", "ACCEPTED", "DECLINED", "WITHDRAWN"),
                DemoOpportunities.APPLICATIONS.stream()
                        .map(DemoOpportunities.Application::status)
                        .collect(Collectors.toSet()));
        assertEquals(
                DemoOpportunities.OPPORTUNITIES.size(),
                DemoOpportunities.OPPORTUNITIES.stream()
                        .map(DemoOpportunities.Opportunity::title)
                        .distinct()
                        .count());
    }

    @Test
    void applicationsNameDemoVolunteersAndOpportunities() {
        Set<String> volunteers = DemoNetwork.volunteers().stream()
                .map(DemoNetwork.Volunteer::key)
                .collect(Collectors.toSet());
        Set<String> titles = DemoOpportunities.OPPORTUNITIES.stream()
                .map(DemoOpportunities.Opportunity::title)
                .collect(Collectors.toSet());
        for (DemoOpportunities.Application application : DemoOpportunities.APPLICATIONS) {
            assertTrue(volunteers.contains(application.volunteerKey()), application.toString());
            assertTrue(titles.contains(application.opportunityTitle()), application.toString());
        }
    }
}
