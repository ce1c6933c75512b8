package org.southsouth.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The demo network is shaped like the programme it models, and its records can be told apart by their natural keys. */
class DemoNetworkTest {

    @Test
    void deploysRepresentativesToNepalAndMyanmarAndUnVolunteersToThailandMyanmarCambodiaAndKenya() {
        Set<String> representatives = DemoNetwork.deployments().stream()
                .filter(d -> d.programme().equals("NATIONAL_FOREIGN_AID"))
                .map(DemoNetwork.Deployment::country)
                .collect(Collectors.toSet());
        Set<String> unVolunteers = DemoNetwork.deployments().stream()
                .filter(d -> d.programme().equals("UN_VOLUNTEERS"))
                .map(DemoNetwork.Deployment::country)
                .collect(Collectors.toSet());
        assertEquals(Set.of("NP", "MM"), representatives);
        assertEquals(Set.of("TH", "MM", "KH", "KE"), unVolunteers);
        for (DemoNetwork.Deployment d : DemoNetwork.deployments()) {
            assertTrue(
                    !d.end().isBefore(d.start().plusMonths(6))
                            && !d.end().isAfter(d.start().plusMonths(12)),
                    "6–12 months: " + d);
        }
    }

    @Test
    void naturalKeysAreUniqueSoASecondLoadFindsEveryRecord() {
        assertUnique(
                DemoNetwork.ORGANIZATIONS.stream().map(DemoNetwork.Org::name).toList());
        assertUnique(DemoNetwork.partnerships().stream()
                .map(DemoNetwork.Partnership::title)
                .toList());
        assertUnique(DemoNetwork.volunteers().stream()
                .map(DemoNetwork.Volunteer::email)
                .toList());
        DemoNetwork.volunteers().forEach(v -> assertUnique(v.languages()));
        assertUnique(DemoNetwork.deployments().stream()
                .map(DemoNetwork.Deployment::volunteerKey)
                .toList());
        assertUnique(DemoEvents.all().stream().map(DemoEvents.Event::title).toList());
        assertUnique(DemoKnowledge.PRODUCTS.stream()
                .map(DemoKnowledge.Product::title)
                .toList());
        for (DemoEvents.Event event : DemoEvents.all()) {
            assertUnique(event.groups().stream()
                    .flatMap(g -> g.members().stream().map(m -> g.organization() + "|" + m))
                    .toList());
            assertTrue(
                    event.starts().isBefore(LocalDate.now()),
                    "events are history, so they can be completed: " + event.title());
        }
        assertEquals(DemoEvents.all(), DemoEvents.all(), "the same people every load");
    }

    @Test
    void partnersComeFromManyCountriesInEveryRegion() {
        long countries = DemoNetwork.ORGANIZATIONS.stream()
                .map(DemoNetwork.Org::country)
                .distinct()
                .count();
        assertTrue(countries >= 45, "countries: " + countries);
        assertEquals(
                1,
                DemoNetwork.ORGANIZATIONS.stream().filter(DemoNetwork.Org::hub).count());
    }

    private static void assertUnique(List<String> keys) {
        assertEquals(keys.size(), new HashSet<>(keys).size(), "duplicates in " + keys);
    }
}
