package org.southsouth.demo;

import java.util.List;

/** Good practices and other knowledge products the demo network collected and shared. */
final class DemoKnowledge {

    record Product(String kind, String title, String type, String scope, List<String> leads, int year, String country, String region,
                   List<Integer> sdgs, String overview, String highlights, String lessons, String successFactors) {
    }

    static final List<Product> PRODUCTS = List.of(
            new Product("GOOD_PRACTICE", "Volunteer representatives in community schools of Nepal", "Volunteer deployment", "NATIONAL",
                    List.of(DemoNetwork.HUB, "KVYV"), 2019, "NP", "ASIA_PACIFIC", List.of(4, 17),
                    "Five volunteer representatives supported after-school learning in community schools for six to twelve months.",
                    "Reading clubs reached more than 600 pupils; teachers co-designed the sessions (SDG 4.1, 4.7).",
                    "Language preparation before departure mattered more than subject expertise.",
                    "A local host organization owning the programme; monthly joint reviews."),
            new Product("GOOD_PRACTICE", "Community health volunteering in Mandalay", "Volunteer deployment", "LOCAL",
                    List.of(DemoNetwork.HUB, "MHVA"), 2019, "MM", "ASIA_PACIFIC", List.of(3),
                    "Volunteer representatives trained neighbourhood health volunteers in first aid and hygiene promotion.",
                    "Household hygiene visits doubled over the deployment (SDG 3.d).",
                    "Pair every international volunteer with a local counterpart from the first week.",
                    "Simple, illustrated training material in the local language."),
            new Product("GOOD_PRACTICE", "Youth exchange camps as a bridge between volunteer organizations", "Exchange", "REGIONAL",
                    List.of(DemoNetwork.HUB, "JVTI"), 2018, "CN", "ASIA_PACIFIC", List.of(4, 17),
                    "A one-week camp brought young volunteers of fourteen partner organizations together to plan joint projects.",
                    "Nine joint micro-projects started within six months (SDG 17.17).",
                    "Projects planned at the camp need a named follow-up person on each side.",
                    "Peer learning sessions run by the participants themselves."),
            new Product("GOOD_PRACTICE", "Volunteer management capacity building in East Africa", "Capacity building", "REGIONAL",
                    List.of("NVAN", DemoNetwork.HUB), 2019, "KE", "AFRICA", List.of(8, 17),
                    "A three-day workshop on recruiting, training and recognizing volunteers for four partner organizations.",
                    "Each organization adopted a volunteer recognition policy (SDG 17.9).",
                    "Short follow-up webinars kept the momentum better than a single long workshop.",
                    "Experts from the South sharing their own organization's tools."),
            new Product("GOOD_PRACTICE", "Disaster preparedness with community volunteers", "Expert mission", "NATIONAL",
                    List.of("KVYV", DemoNetwork.HUB), 2018, "NP", "ASIA_PACIFIC", List.of(11, 13),
                    "An expert mission helped a partner set up neighbourhood volunteer teams for earthquake preparedness.",
                    "Evacuation drills in twelve wards (SDG 11.5, 13.1).",
                    "Drills with schools multiply the reach of each trained volunteer.",
                    "Municipal authorities involved from the start."),
            new Product("GOOD_PRACTICE", "Online knowledge sharing among volunteer-involving organizations", "Knowledge sharing", "GLOBAL",
                    List.of("RVPO", DemoNetwork.HUB), 2021, null, null, List.of(17),
                    "Webinars let partners in every region exchange practices when travel was not possible.",
                    "Partners from five regions presented their practices (SDG 17.6).",
                    "Recordings with subtitles reached more people than the live sessions.",
                    "A fixed monthly slot and short, practical presentations."),
            new Product("MANUAL", "Handbook for hosting volunteer delegations", "Handbook", "GLOBAL",
                    List.of(DemoNetwork.HUB), 2020, "CN", "ASIA_PACIFIC", List.of(17),
                    "How the hub prepares, hosts and follows up delegation visits of partner organizations.",
                    "Twenty visits' experience in one checklist (SDG 17.9).",
                    "Agree on the learning goals of a visit before the programme.",
                    "A partner liaison for each visiting organization."),
            new Product("RESEARCH", "Youth volunteering and employability in three countries", "Research report", "REGIONAL",
                    List.of("JVTI", "NVAN", "CVA"), 2022, null, null, List.of(4, 8),
                    "A comparative study of how volunteering builds skills that employers value, in China, Kenya and Peru.",
                    "Evidence on skills for decent work (SDG 4.4, 8.6).",
                    "Recognition certificates matter to young volunteers seeking work.",
                    "Joint design of the survey by the three research partners."));

    private DemoKnowledge() {
    }
}
