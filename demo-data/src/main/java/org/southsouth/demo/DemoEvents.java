package org.southsouth.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Knowledge-exchange events of the demo network: delegation visits, expert missions, forums, a camp, a workshop, a webinar. */
final class DemoEvents {

    /** Named people of one organization taking part in one role (delegates, experts, speakers). */
    record Group(String organization, String role, List<String> members) {}

    record Mission(
            String destinationCountry, String destinationCity, String receivingOrganization, List<String> expertise) {}

    record Event(
            String title,
            String kind,
            String host,
            List<String> partners,
            String country,
            String city,
            String timeZone,
            LocalDate starts,
            int days,
            List<String> languages,
            List<Integer> sdgs,
            List<String> visitingOrganizations,
            Mission mission,
            List<Group> groups,
            List<String> volunteers) {

        int delegates() {
            return groups.stream()
                    .filter(g -> g.role().equals("DELEGATE"))
                    .mapToInt(g -> g.members().size())
                    .sum();
        }

        int experts() {
            return groups.stream()
                    .filter(g -> g.role().equals("EXPERT"))
                    .mapToInt(g -> g.members().size())
                    .sum();
        }
    }

    private static final List<String> LOCAL_VOLUNTEERS = List.of(
            "local-np",
            "local-mm",
            "local-th",
            "local-kh",
            "local-ke",
            "local-et",
            "local-gh",
            "local-eg",
            "local-ma",
            "local-br",
            "local-pe",
            "local-kz",
            "local-lk",
            "local-vn");

    /** Synthetic people named so far, so that no two participants share a name. */
    private int people;

    private DemoEvents() {}

    static List<Event> all() {
        return new DemoEvents().events();
    }

    private List<Event> events() {
        List<Event> events = new ArrayList<>();
        String[][] visits = {
            {"KVYV", "PCSN"},
            {"YCVC", "MHVA", "CMVLC"},
            {"NVAN", "KLV", "AVDA"},
            {"AVYS", "ACVJ", "FVE"},
            {"RVS", "OVN", "CVA"},
            {"AVC", "SYV", "BVI"},
            {"PPYSC", "VVF", "HGV"},
            {"KVC", "LYVA", "DSV"}
        };
        for (int i = 0; i < visits.length; i++) {
            List<String> visiting = List.of(visits[i]);
            List<Group> delegations = visiting.stream()
                    .map(org -> new Group(org, "DELEGATE", names(org, 2 + org.length() % 2)))
                    .toList();
            events.add(new Event(
                    "Delegation visit " + (i + 1) + ": " + String.join(", ", visiting) + " to Jinghua",
                    "DELEGATION_VISIT",
                    DemoNetwork.HUB,
                    List.of(),
                    "CN",
                    "Beijing",
                    "Asia/Shanghai",
                    DemoNetwork.date("2016-10-10").plusMonths(5L * i),
                    4,
                    List.of("zh", "en"),
                    List.of(17),
                    visiting,
                    null,
                    delegations,
                    List.of()));
        }
        String[][] missions = {
            {"NP", "Kathmandu", "KVYV", "disaster risk reduction", "volunteer management"},
            {"MM", "Mandalay", "MHVA", "community health", "first aid training"},
            {"KE", "Nairobi", "NVAN", "youth employability", "volunteer management"},
            {"KH", "Phnom Penh", "PPYSC", "volunteer mobilization", "monitoring and evaluation"},
            {"LK", "Kandy", "KSV", "community education", "volunteer recognition"}
        };
        for (int i = 0; i < missions.length; i++) {
            String[] m = missions[i];
            events.add(new Event(
                    "Expert mission to " + m[1] + ": " + m[3],
                    "EXPERT_MISSION",
                    DemoNetwork.HUB,
                    List.of(m[2]),
                    m[0],
                    m[1],
                    zone(m[0]),
                    DemoNetwork.date("2017-05-08").plusMonths(7L * i),
                    10,
                    List.of("en"),
                    List.of(4, 17),
                    null,
                    new Mission(m[0], m[1], m[2], List.of(m[3], m[4])),
                    List.of(new Group(DemoNetwork.HUB, "EXPERT", names("CN", 2 + i % 2))),
                    List.of()));
        }
        events.add(new Event(
                "South-South Volunteer Cooperation Forum 2017",
                "FORUM",
                DemoNetwork.HUB,
                List.of("RVPO", "SSVF"),
                "CN",
                "Beijing",
                "Asia/Shanghai",
                DemoNetwork.date("2017-12-05"),
                2,
                List.of("zh", "en"),
                List.of(17),
                null,
                null,
                speakers("KVYV", "NVAN", "AVYS", "RVS"),
                LOCAL_VOLUNTEERS.subList(0, 7)));
        events.add(new Event(
                "International Youth Volunteer Exchange Camp 2018",
                "EXCHANGE_CAMP",
                DemoNetwork.HUB,
                List.of("JVTI"),
                "CN",
                "Beijing",
                "Asia/Shanghai",
                DemoNetwork.date("2018-07-16"),
                7,
                List.of("zh", "en"),
                List.of(4, 17),
                null,
                null,
                List.of(new Group(DemoNetwork.HUB, "ORGANIZER", names("CN", 2))),
                LOCAL_VOLUNTEERS));
        events.add(new Event(
                "Volunteer management workshop, Nairobi 2019",
                "CAPACITY_BUILDING",
                "NVAN",
                List.of(DemoNetwork.HUB),
                "KE",
                "Nairobi",
                "Africa/Nairobi",
                DemoNetwork.date("2019-09-23"),
                3,
                List.of("en", "sw"),
                List.of(8, 17),
                null,
                null,
                List.of(
                        new Group("KLV", "DELEGATE", names("KE", 2)),
                        new Group("AVDA", "DELEGATE", names("ET", 2)),
                        new Group("ACV", "DELEGATE", names("TZ", 2)),
                        new Group("GYSI", "DELEGATE", names("UG", 2)),
                        new Group(DemoNetwork.HUB, "EXPERT", names("CN", 2))),
                List.of("local-ke", "local-et")));
        events.add(new Event(
                "South-South Volunteer Cooperation Forum 2019",
                "FORUM",
                DemoNetwork.HUB,
                List.of("RVPO", "SSVF"),
                "CN",
                "Beijing",
                "Asia/Shanghai",
                DemoNetwork.date("2019-11-26"),
                2,
                List.of("zh", "en"),
                List.of(17),
                null,
                null,
                speakers("CMVLC", "KVC", "FVE", "CVA", "AVC"),
                LOCAL_VOLUNTEERS.subList(7, 14)));
        events.add(new Event(
                "Webinar: good practices of volunteering for the SDGs",
                "WEBINAR",
                "RVPO",
                List.of(DemoNetwork.HUB),
                null,
                null,
                "Asia/Bangkok",
                DemoNetwork.date("2021-06-15"),
                1,
                List.of("en"),
                List.of(17),
                null,
                null,
                speakers("RVPO", "HGV", "DUV"),
                List.of()));
        return events;
    }

    private List<Group> speakers(String... organizations) {
        return List.of(organizations).stream()
                .map(org -> new Group(
                        org, "SPEAKER", names(DemoNetwork.organization(org).country(), 1)))
                .toList();
    }

    private List<String> names(String organizationOrCountry, int count) {
        String country = organizationOrCountry.length() == 2
                ? organizationOrCountry
                : DemoNetwork.organization(organizationOrCountry).country();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            names.add(SyntheticNames.person(country, 100 + people++));
        }
        return names;
    }

    private static String zone(String country) {
        return switch (country) {
            case "NP" -> "Asia/Kathmandu";
            case "MM" -> "Asia/Yangon";
            case "KE" -> "Africa/Nairobi";
            case "KH" -> "Asia/Phnom_Penh";
            default -> "Asia/Colombo";
        };
    }
}
