package org.southsouth.gateway.impact;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The dashboard in a real headless Chromium: what it shows is what the API says. */
@QuarkusTest
@WithTestResource(ImpactStubs.class)
class DashboardBrowserTest {

    private static final List<String> FIGURES = List.of(
            "organizationsConnected",
            "countriesAndRegions",
            "visitsHosted",
            "delegatesHosted",
            "expertsSent",
            "volunteersEngaged",
            "volunteersDeployed",
            "serviceHours");
    private static final Pattern FIGURE = Pattern.compile(
            "<div class=\"figure[^\"]*\" data-figure=\"(\\w+)\"([^>]*)>\\s*<span class=\"value\">([^<]*)</span>");
    private static final Pattern BAR = Pattern.compile(
            "<rect class=\"bar\"[^>]*data-key=\"([^\"]*)\" data-figure=\"(\\w+)\" data-value=\"([^\"]*)\"");

    @TestHTTPResource("/dashboard/")
    URL dashboard;

    @Test
    void showsTheSameFiguresAndChartsAsTheApi() throws Exception {
        Path chromium = HeadlessChromium.require();
        String token = Tokens.admin();
        JsonPath api = given().auth()
                .oauth2(token)
                .when()
                .get("/api/v1/impact?breakdown=sdg,year,month,country,region")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        String dom = HeadlessChromium.dumpDom(chromium, dashboard + "#token=" + token);

        assertTrue(dom.contains("data-state=\"ready\""), "the page did not finish loading:\n" + dom);
        Map<String, String> shown = shownFigures(dom);
        assertEquals(FIGURES, List.copyOf(shown.keySet()), dom);
        for (String figure : FIGURES) {
            assertEquals(
                    0,
                    new BigDecimal(api.getString(figure)).compareTo(new BigDecimal(shown.get(figure))),
                    figure + ": API " + api.getString(figure) + ", page " + shown.get(figure));
        }
        Map<String, String> sdgBars = bars(dom, "volunteersDeployed", "sdg");
        assertFalse(sdgBars.isEmpty(), "a chart by SDG is drawn");
        List<Map<String, Object>> sdgRows = api.getList("breakdowns.sdg");
        assertEquals(sdgRows.size(), sdgBars.size(), "one bar per SDG");
        for (Map<String, Object> row : sdgRows) {
            assertEquals(
                    String.valueOf(row.get("volunteersDeployed")),
                    sdgBars.get((String) row.get("key")),
                    "SDG " + row.get("key"));
        }
        List<Map<String, Object>> countryRows = api.getList("breakdowns.country");
        Map<String, String> countryBars = bars(dom, "organizationsConnected", "country");
        assertEquals(countryRows.size(), countryBars.size(), "one bar per country");
        countryRows.forEach(row -> assertEquals(
                String.valueOf(row.get("organizationsConnected")), countryBars.get((String) row.get("key"))));
        List<Map<String, Object>> monthRows = api.getList("breakdowns.month");
        Map<String, String> monthBars = bars(dom, "serviceHours", "month");
        monthRows.forEach(row -> assertEquals(
                0,
                new BigDecimal(String.valueOf(row.get("serviceHours")))
                        .compareTo(new BigDecimal(monthBars.get((String) row.get("key"))))));
        assertEquals(monthRows.size(), monthBars.size(), "one bar per month");
        List<Map<String, Object>> regionRows = api.getList("breakdowns.region");
        Map<String, String> regionBars = bars(dom, "organizationsConnected", "region");
        assertEquals(regionRows.size(), regionBars.size(), "one bar per UNDP region");
        regionRows.forEach(row -> assertEquals(
                String.valueOf(row.get("organizationsConnected")), regionBars.get((String) row.get("key"))));
        List<Map<String, Object>> deployments = api.getList("deploymentsByCountry");
        for (Map<String, Object> row : deployments) {
            assertTrue(
                    Pattern.compile("<tr data-country=\"" + row.get("country") + "\"><td>" + row.get("country")
                                    + "</td><td>" + row.get("deployments") + "</td><td>" + row.get("volunteers")
                                    + "</td></tr>")
                            .matcher(dom)
                            .find(),
                    "deployments to " + row.get("country"));
        }
    }

    @Test
    void showsWhichFiguresAreMissingWhenAServiceIsDown() throws Exception {
        Path chromium = HeadlessChromium.require();
        String token = Tokens.admin();
        ImpactStubs.stop("events");
        try {
            String dom = HeadlessChromium.dumpDom(chromium, dashboard + "#token=" + token);
            assertTrue(dom.contains("data-state=\"ready\""), dom);
            Map<String, String> shown = shownFigures(dom);
            assertEquals("", shown.get("visitsHosted"));
            assertEquals("83", shown.get("organizationsConnected"));
            assertTrue(dom.contains("<li data-figure=\"visitsHosted\">visitsHosted — SERVICE_UNAVAILABLE"), dom);
        } finally {
            ImpactStubs.start("events");
        }
    }

    @Test
    void withoutATokenThePageAsksToSignIn() throws Exception {
        Path chromium = HeadlessChromium.require();
        String dom = HeadlessChromium.dumpDom(chromium, dashboard.toString());
        assertTrue(dom.contains("data-state=\"signed-out\""), dom);
    }

    /** Figure → the number shown (separators removed), empty when the page shows none; checks data-value agrees. */
    private static Map<String, String> shownFigures(String dom) {
        Map<String, String> shown = new LinkedHashMap<>();
        Matcher m = FIGURE.matcher(dom);
        while (m.find()) {
            String text = m.group(3).replace(",", "").strip();
            String value = text.equals("–") ? "" : text;
            Matcher data = Pattern.compile("data-value=\"([^\"]*)\"").matcher(m.group(2));
            assertTrue(data.find(), "figure " + m.group(1) + " carries its value");
            shown.put(m.group(1), value);
        }
        return shown;
    }

    /** key → value of the bars of the chart for one breakdown, which must draw {@code figure}. */
    private static Map<String, String> bars(String dom, String figure, String dimension) {
        int start = dom.indexOf("id=\"chart-" + dimension + "\"");
        assertTrue(start >= 0, "chart " + dimension);
        int end = dom.indexOf("</svg>", start);
        String chart = dom.substring(start, end < 0 ? dom.length() : end);
        Map<String, String> bars = new LinkedHashMap<>();
        Matcher m = BAR.matcher(chart);
        while (m.find()) {
            assertEquals(figure, m.group(2), "chart by " + dimension);
            bars.put(m.group(1), m.group(3));
        }
        return bars;
    }
}
