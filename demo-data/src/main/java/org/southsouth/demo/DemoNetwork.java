package org.southsouth.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The synthetic network, modelled on the China–UNV project: a hub volunteer federation, partner organizations in
 * every UNDP region, agreements with the hub, volunteer representatives deployed to Nepal and Myanmar, UN
 * volunteers to Thailand, Myanmar, Cambodia and Kenya, and local volunteers of the partners. Every organization is
 * small and invented; every person is a synthetic name (see {@link SyntheticNames}).
 */
final class DemoNetwork {

    static final String HUB = "JVSF";

    record Org(
            String acronym,
            String name,
            Map<String, String> translations,
            String type,
            String country,
            List<Integer> sdgs,
            boolean hub,
            LocalDate joined) {

        String website() {
            return "https://" + acronym.toLowerCase() + ".example.org";
        }
    }

    record Party(String acronym, String role) {}

    record Partnership(
            String title,
            String kind,
            List<Party> parties,
            List<String> sdgTargets,
            List<String> countries,
            LocalDate startsOn,
            LocalDate endsOn) {}

    record Volunteer(
            String key,
            String name,
            String nationality,
            String residence,
            String homeOrg,
            List<String> languages,
            List<String> skills) {

        String email() {
            return key + "@volunteers.example.org";
        }
    }

    /** A deployment and where it ends up: COMPLETED, or still ACTIVE. */
    record Deployment(
            String volunteerKey,
            String host,
            String country,
            String programme,
            String role,
            LocalDate start,
            LocalDate end,
            List<Integer> sdgs,
            String finalStatus) {}

    private DemoNetwork() {}

    static final List<Org> ORGANIZATIONS = List.of(
            org(
                    HUB,
                    "Jinghua Volunteer Service Federation",
                    Map.of("zh", "京华志愿服务联合会"),
                    "22",
                    "CN",
                    List.of(4, 10, 17),
                    true,
                    "2016-01-15"),
            org(
                    "JVTI",
                    "Jinghua Volunteer Training Institute",
                    Map.of("zh", "京华志愿者培训学院"),
                    "80",
                    "CN",
                    List.of(4, 17),
                    false,
                    "2016-03-01"),
            org(
                    "SSVF",
                    "South-South Volunteer Foundation",
                    Map.of("zh", "南南志愿服务基金会"),
                    "60",
                    "CN",
                    List.of(1, 17),
                    false,
                    "2016-03-01"),
            org(
                    "RVPO",
                    "Regional Volunteer Programme Office",
                    Map.of(),
                    "40",
                    "TH",
                    List.of(16, 17),
                    false,
                    "2016-06-01"),
            // Asia and the Pacific
            org(
                    "KVYV",
                    "Kathmandu Valley Youth Volunteers",
                    Map.of("ne", "काठमाडौं उपत्यका युवा स्वयंसेवक"),
                    "22",
                    "NP",
                    List.of(4, 11),
                    false,
                    "2016-09-10"),
            org("PCSN", "Pokhara Community Service Network", Map.of(), "22", "NP", List.of(3, 6), false, "2017-04-02"),
            org("YCVC", "Yangon Community Volunteer Circle", Map.of(), "22", "MM", List.of(4, 5), false, "2016-11-20"),
            org(
                    "MHVA",
                    "Mandalay Health Volunteers Association",
                    Map.of(),
                    "22",
                    "MM",
                    List.of(3),
                    false,
                    "2017-02-14"),
            org(
                    "CMVLC",
                    "Chiang Mai Volunteer Learning Centre",
                    Map.of("th", "ศูนย์การเรียนรู้อาสาสมัครเชียงใหม่"),
                    "22",
                    "TH",
                    List.of(4, 13),
                    false,
                    "2017-01-09"),
            org("PPYSC", "Phnom Penh Youth Service Corps", Map.of(), "22", "KH", List.of(4, 8), false, "2017-03-18"),
            org("VVF", "Vientiane Volunteer Friends", Map.of(), "22", "LA", List.of(2, 6), false, "2018-05-05"),
            org(
                    "HGV",
                    "Hanoi Green Volunteers",
                    Map.of("vi", "Tình nguyện viên Xanh Hà Nội"),
                    "22",
                    "VN",
                    List.of(13, 15),
                    false,
                    "2018-06-12"),
            org("YRN", "Yogyakarta Relawan Network", Map.of(), "22", "ID", List.of(11, 13), false, "2017-08-21"),
            org("VBV", "Visayas Bayanihan Volunteers", Map.of(), "22", "PH", List.of(11, 13), false, "2018-02-27"),
            org("KSV", "Kandy Sevana Volunteers", Map.of(), "22", "LK", List.of(3, 4), false, "2018-09-30"),
            org("SYVF", "Sylhet Youth Volunteer Forum", Map.of(), "22", "BD", List.of(6, 13), false, "2019-01-11"),
            org("UBVC", "Ulaanbaatar Volunteer Centre", Map.of(), "22", "MN", List.of(4, 16), false, "2018-07-04"),
            org("LCV", "Lahore Civic Volunteers", Map.of(), "22", "PK", List.of(4, 16), false, "2019-03-03"),
            org(
                    "PIVE",
                    "Pacific Islands Volunteer Exchange",
                    Map.of(),
                    "23",
                    "FJ",
                    List.of(13, 14),
                    false,
                    "2019-05-20"),
            org("PVA", "Penang Volunteer Academy", Map.of(), "80", "MY", List.of(4), false, "2019-08-08"),
            // Africa
            org(
                    "NVAN",
                    "Nairobi Volunteer Action Network",
                    Map.of("sw", "Mtandao wa Kujitolea Nairobi"),
                    "22",
                    "KE",
                    List.of(1, 5, 8),
                    false,
                    "2016-10-03"),
            org("KLV", "Kisumu Lakeside Volunteers", Map.of(), "22", "KE", List.of(6, 14), false, "2017-06-19"),
            org(
                    "AVDA",
                    "Addis Volunteer Development Association",
                    Map.of(),
                    "22",
                    "ET",
                    List.of(2, 4),
                    false,
                    "2017-05-25"),
            org("ACV", "Arusha Community Volunteers", Map.of(), "22", "TZ", List.of(3, 15), false, "2018-03-15"),
            org("GYSI", "Gulu Youth Service Initiative", Map.of(), "22", "UG", List.of(8, 16), false, "2018-10-01"),
            org("KVC", "Kumasi Volunteer Collective", Map.of(), "22", "GH", List.of(4, 8), false, "2017-09-09"),
            org("LYVA", "Lagos Youth Volunteer Alliance", Map.of(), "22", "NG", List.of(8, 11), false, "2018-04-17"),
            org(
                    "DSV",
                    "Dakar Solidarité Volontaires",
                    Map.of("fr", "Dakar Solidarité Volontaires"),
                    "22",
                    "SN",
                    List.of(5, 10),
                    false,
                    "2018-11-23"),
            org("DUV", "Durban Ubuntu Volunteers", Map.of(), "22", "ZA", List.of(3, 10), false, "2019-02-02"),
            org("KUVC", "Kigali Umuganda Volunteer Centre", Map.of(), "22", "RW", List.of(11, 16), false, "2019-06-06"),
            org("LVP", "Lusaka Volunteer Partnership", Map.of(), "22", "ZM", List.of(2, 6), false, "2020-01-20"),
            // Arab States
            org(
                    "AVYS",
                    "Alexandria Volunteer Youth Society",
                    Map.of("ar", "جمعية شباب الإسكندرية المتطوعين"),
                    "22",
                    "EG",
                    List.of(4, 8),
                    false,
                    "2017-10-10"),
            org("ACVJ", "Amman Community Volunteers", Map.of(), "22", "JO", List.of(10, 16), false, "2018-01-28"),
            org(
                    "FVE",
                    "Fès Volunteer Exchange",
                    Map.of("fr", "Échange de volontaires de Fès"),
                    "22",
                    "MA",
                    List.of(4, 11),
                    false,
                    "2018-12-12"),
            org("SCV", "Sfax Civic Volunteers", Map.of(), "22", "TN", List.of(8, 16), false, "2019-04-04"),
            org("TVB", "Tripoli Volunteer Bridge", Map.of(), "22", "LB", List.of(10, 16), false, "2020-02-15"),
            // Latin America and the Caribbean
            org(
                    "RVS",
                    "Recife Voluntariado Solidário",
                    Map.of("pt", "Recife Voluntariado Solidário"),
                    "22",
                    "BR",
                    List.of(1, 10),
                    false,
                    "2017-07-07"),
            org(
                    "OVN",
                    "Oaxaca Volunteer Network",
                    Map.of("es", "Red de Voluntariado de Oaxaca"),
                    "22",
                    "MX",
                    List.of(2, 15),
                    false,
                    "2018-08-18"),
            org(
                    "CVA",
                    "Cusco Volunteer Association",
                    Map.of("es", "Asociación de Voluntarios del Cusco"),
                    "22",
                    "PE",
                    List.of(4, 11),
                    false,
                    "2018-05-29"),
            org("MYV", "Medellín Youth Volunteers", Map.of(), "22", "CO", List.of(11, 16), false, "2019-03-21"),
            org("HVLC", "Havana Volunteer Learning Circle", Map.of(), "22", "CU", List.of(3, 4), false, "2019-07-26"),
            org("LPVF", "La Paz Volunteer Forum", Map.of(), "22", "BO", List.of(6, 13), false, "2019-10-12"),
            org("QVC", "Quito Volunteer Collective", Map.of(), "22", "EC", List.of(13, 15), false, "2020-03-03"),
            org("KVCJ", "Kingston Volunteer Corps", Map.of(), "22", "JM", List.of(4, 14), false, "2020-06-01"),
            // Europe and Central Asia
            org(
                    "AVC",
                    "Almaty Volunteer Centre",
                    Map.of("ru", "Алматинский волонтёрский центр"),
                    "22",
                    "KZ",
                    List.of(4, 17),
                    false,
                    "2017-11-11"),
            org("SYV", "Samarkand Youth Volunteers", Map.of(), "22", "UZ", List.of(4, 8), false, "2018-09-14"),
            org("BVI", "Bishkek Volunteer Initiative", Map.of(), "22", "KG", List.of(6, 13), false, "2019-05-05"),
            org("DCV", "Dushanbe Community Volunteers", Map.of(), "22", "TJ", List.of(2, 6), false, "2019-09-09"),
            org("IVP", "Izmir Volunteer Platform", Map.of(), "22", "TR", List.of(11, 16), false, "2019-11-19"),
            org("NSVH", "Novi Sad Volunteer Hub", Map.of(), "22", "RS", List.of(4, 16), false, "2020-04-24"),
            org("GVU", "Ganja Volunteer Union", Map.of(), "22", "AZ", List.of(8, 10), false, "2020-09-09"));

    static List<Partnership> partnerships() {
        List<Partnership> partnerships = new ArrayList<>();
        for (Org org : ORGANIZATIONS) {
            if (!org.hub()) {
                partnerships.add(new Partnership(
                        "Volunteer cooperation MoU: " + HUB + " and " + org.acronym(),
                        "MOU",
                        List.of(new Party(HUB, "EXTENDING"), new Party(org.acronym(), "IMPLEMENTING")),
                        List.of("17.9", "17.17"),
                        countries(org.country()),
                        org.joined(),
                        org.joined().plusYears(10)));
            }
        }
        partnerships.add(new Partnership(
                "Volunteer representatives to Nepal 2018–2019",
                "EXCHANGE_PROGRAMME",
                List.of(
                        new Party("SSVF", "FUNDING"),
                        new Party(HUB, "ACCOUNTABLE"),
                        new Party("KVYV", "IMPLEMENTING"),
                        new Party("PCSN", "IMPLEMENTING")),
                List.of("4.7", "11.5", "17.9"),
                List.of("CN", "NP"),
                date("2018-01-01"),
                date("2019-12-31")));
        partnerships.add(new Partnership(
                "Volunteer representatives to Myanmar 2018–2019",
                "EXCHANGE_PROGRAMME",
                List.of(
                        new Party("SSVF", "FUNDING"),
                        new Party(HUB, "ACCOUNTABLE"),
                        new Party("YCVC", "IMPLEMENTING"),
                        new Party("MHVA", "IMPLEMENTING")),
                List.of("3.8", "4.7", "17.9"),
                List.of("CN", "MM"),
                date("2018-01-01"),
                date("2019-12-31")));
        partnerships.add(new Partnership(
                "UN volunteer assignments in Asia and Africa",
                "FUNDING",
                List.of(
                        new Party("SSVF", "FUNDING"),
                        new Party("RVPO", "ACCOUNTABLE"),
                        new Party(HUB, "EXTENDING"),
                        new Party("CMVLC", "IMPLEMENTING"),
                        new Party("PPYSC", "IMPLEMENTING"),
                        new Party("NVAN", "IMPLEMENTING")),
                List.of("17.9", "17.16"),
                List.of("TH", "MM", "KH", "KE"),
                date("2019-01-01"),
                date("2021-12-31")));
        partnerships.add(new Partnership(
                "Good practices of volunteering for the SDGs",
                "KNOWLEDGE_SHARING",
                List.of(
                        new Party(HUB, "ACCOUNTABLE"),
                        new Party("RVPO", "IMPLEMENTING"),
                        new Party("JVTI", "IMPLEMENTING")),
                List.of("17.6", "17.17"),
                List.of("CN", "TH"),
                date("2017-06-01"),
                date("2022-05-31")));
        partnerships.add(new Partnership(
                "Youth volunteering and employability: joint research",
                "JOINT_RESEARCH",
                List.of(
                        new Party("JVTI", "IMPLEMENTING"),
                        new Party("NVAN", "IMPLEMENTING"),
                        new Party("CVA", "IMPLEMENTING")),
                List.of("4.4", "8.6"),
                List.of("CN", "KE", "PE"),
                date("2020-03-01"),
                date("2022-02-28")));
        return partnerships;
    }

    /** Ten volunteer representatives and six UN volunteers from the hub; fourteen local volunteers of partners. */
    static List<Volunteer> volunteers() {
        List<Volunteer> volunteers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            volunteers.add(volunteer(
                    "rep-" + (i + 1),
                    SyntheticNames.person("CN", i),
                    "CN",
                    HUB,
                    List.of("zh", "en"),
                    i % 2 == 0
                            ? List.of("education", "youth-work")
                            : List.of("community-health", "project-management")));
        }
        for (int i = 0; i < 6; i++) {
            volunteers.add(volunteer(
                    "unv-" + (i + 1),
                    SyntheticNames.person("CN", i + 10),
                    "CN",
                    HUB,
                    List.of("zh", "en"),
                    List.of("project-management", i % 2 == 0 ? "disaster-response" : "ict")));
        }
        String[][] locals = {
            {"NP", "KVYV", "ne"},
            {"MM", "YCVC", "my"},
            {"TH", "CMVLC", "th"},
            {"KH", "PPYSC", "km"},
            {"KE", "NVAN", "sw"},
            {"ET", "AVDA", "am"},
            {"GH", "KVC", "en"},
            {"EG", "AVYS", "ar"},
            {"MA", "FVE", "fr"},
            {"BR", "RVS", "pt"},
            {"PE", "CVA", "es"},
            {"KZ", "AVC", "ru"},
            {"LK", "KSV", "si"},
            {"VN", "HGV", "vi"}
        };
        for (int i = 0; i < locals.length; i++) {
            String country = locals[i][0];
            volunteers.add(volunteer(
                    "local-" + country.toLowerCase(),
                    SyntheticNames.person(country, i),
                    country,
                    locals[i][1],
                    List.of(locals[i][2], locals[i][2].equals("en") ? "fr" : "en"),
                    List.of(i % 3 == 0 ? "environment" : "event-organization", "interpretation")));
        }
        return volunteers;
    }

    /** Representatives to Nepal and Myanmar for 6–12 months; UN volunteers to Thailand, Myanmar, Cambodia, Kenya. */
    static List<Deployment> deployments() {
        List<Deployment> deployments = new ArrayList<>();
        String[][] representatives = {
            {"KVYV", "NP"},
            {"PCSN", "NP"},
            {"KVYV", "NP"},
            {"PCSN", "NP"},
            {"KVYV", "NP"},
            {"YCVC", "MM"},
            {"MHVA", "MM"},
            {"YCVC", "MM"},
            {"MHVA", "MM"},
            {"YCVC", "MM"}
        };
        for (int i = 0; i < representatives.length; i++) {
            LocalDate start = date("2018-03-01").plusMonths(i % 5 * 2L);
            deployments.add(new Deployment(
                    "rep-" + (i + 1),
                    representatives[i][0],
                    representatives[i][1],
                    "NATIONAL_FOREIGN_AID",
                    i % 2 == 0 ? "Youth education volunteer" : "Community health volunteer",
                    start,
                    start.plusMonths(6 + i % 7),
                    i % 2 == 0 ? List.of(4) : List.of(3),
                    "COMPLETED"));
        }
        String[][] unVolunteers = {
            {"CMVLC", "TH", "Volunteer programme officer"},
            {"RVPO", "TH", "Knowledge management officer"},
            {"MHVA", "MM", "Community resilience officer"},
            {"PPYSC", "KH", "Youth engagement officer"},
            {"PPYSC", "KH", "Volunteer mobilization officer"},
            {"NVAN", "KE", "Partnerships officer"}
        };
        for (int i = 0; i < unVolunteers.length; i++) {
            LocalDate start = date("2019-04-01").plusMonths(i);
            boolean current = i == unVolunteers.length - 1;
            LocalDate begins = current ? date("2026-03-01") : start;
            deployments.add(new Deployment(
                    "unv-" + (i + 1),
                    unVolunteers[i][0],
                    unVolunteers[i][1],
                    "UN_VOLUNTEERS",
                    unVolunteers[i][2],
                    begins,
                    begins.plusMonths(12),
                    List.of(17),
                    current ? "ACTIVE" : "COMPLETED"));
        }
        return deployments;
    }

    static Org organization(String acronym) {
        return ORGANIZATIONS.stream()
                .filter(o -> o.acronym().equals(acronym))
                .findFirst()
                .orElseThrow();
    }

    static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    private static List<String> countries(String country) {
        return country.equals("CN") ? List.of("CN") : List.of("CN", country);
    }

    private static Org org(
            String acronym,
            String name,
            Map<String, String> translations,
            String type,
            String country,
            List<Integer> sdgs,
            boolean hub,
            String joined) {
        return new Org(acronym, name, translations, type, country, sdgs, hub, date(joined));
    }

    private static Volunteer volunteer(
            String key, String name, String nationality, String homeOrg, List<String> languages, List<String> skills) {
        return new Volunteer(key, name, nationality, nationality, homeOrg, languages, skills);
    }
}
