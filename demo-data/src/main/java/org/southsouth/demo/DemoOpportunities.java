package org.southsouth.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Opportunities partners host and the applications of the partners' local volunteers, together in every status:
 * opportunities DRAFT, OPEN, CLOSED, FILLED (its one position taken) and CANCELLED; applications SUBMITTED, SHORTLISTED,
 * OFFERED, ACCEPTED (each a PLANNED deployment), DECLINED, WITHDRAWN and REJECTED (told when their opportunity was filled).
 * Start windows are counted from the day of the load, so that the open ones can still be applied for.
 */
final class DemoOpportunities {

    /** The status it is taken to; FILLED ones are taken there by the acceptance of their last position. */
    record Opportunity(
            String title,
            Map<String, String> titleTranslations,
            String host,
            String country,
            String city,
            String skill,
            String language,
            int sdg,
            int positions,
            int startsInMonths,
            String status) {}

    /** Listed in the order they are taken; an application the filling of its opportunity rejects stays SUBMITTED here. */
    record Application(String opportunityTitle, String volunteerKey, String status) {}

    static final List<Opportunity> OPPORTUNITIES = List.of(
            new Opportunity(
                    "Community health volunteer, Addis Ababa",
                    Map.of("zh", "社区卫生志愿者（亚的斯亚贝巴）"),
                    "AVDA",
                    "ET",
                    "Addis Ababa",
                    "community-health",
                    "en",
                    3,
                    2,
                    4,
                    "OPEN"),
            new Opportunity(
                    "Youth education volunteer, Hanoi",
                    Map.of("zh", "青年教育志愿者（河内）"),
                    "HGV",
                    "VN",
                    "Hanoi",
                    "education",
                    "en",
                    4,
                    1,
                    5,
                    "FILLED"),
            new Opportunity(
                    "Disaster risk reduction officer, Phnom Penh",
                    Map.of(),
                    "PPYSC",
                    "KH",
                    "Phnom Penh",
                    "disaster-response",
                    "en",
                    11,
                    1,
                    6,
                    "CLOSED"),
            new Opportunity(
                    "Water and sanitation volunteer, Pokhara",
                    Map.of(),
                    "PCSN",
                    "NP",
                    "Pokhara",
                    "water-sanitation",
                    "en",
                    6,
                    2,
                    6,
                    "CANCELLED"),
            new Opportunity(
                    "Interpretation volunteer, Nairobi forum",
                    Map.of("sw", "Mkalimani wa kujitolea"),
                    "NVAN",
                    "KE",
                    "Nairobi",
                    "interpretation",
                    "sw",
                    17,
                    3,
                    7,
                    "DRAFT"));

    static final List<Application> APPLICATIONS = List.of(
            new Application("Community health volunteer, Addis Ababa", "local-ke", "SUBMITTED"),
            new Application("Community health volunteer, Addis Ababa", "local-gh", "SHORTLISTED"),
            new Application("Community health volunteer, Addis Ababa", "local-np", "OFFERED"),
            new Application("Community health volunteer, Addis Ababa", "local-lk", "ACCEPTED"),
            new Application("Community health volunteer, Addis Ababa", "local-eg", "DECLINED"),
            new Application("Community health volunteer, Addis Ababa", "local-ma", "WITHDRAWN"),
            new Application("Youth education volunteer, Hanoi", "local-br", "SUBMITTED"),
            new Application("Youth education volunteer, Hanoi", "local-pe", "ACCEPTED"),
            new Application("Disaster risk reduction officer, Phnom Penh", "local-vn", "SHORTLISTED"));

    private DemoOpportunities() {}

    /** Each accepted offer planned a deployment. */
    static long acceptedOffers() {
        return APPLICATIONS.stream()
                .filter(application -> application.status().equals("ACCEPTED"))
                .count();
    }

    static LocalDate startOf(Opportunity opportunity, LocalDate today) {
        return today.withDayOfMonth(1).plusMonths(opportunity.startsInMonths());
    }
}
