/**
 * Impact reporting composed at the gateway: {@code GET /api/v1/impact} (JSON or CSV), the IATI activity export and
 * the data behind the dashboard at {@code /dashboard/}.
 *
 * <p>Decisions:
 * <ul>
 * <li>The figures are read from the services' statistics endpoints in parallel, each call bounded by
 * {@code impact.upstream-timeout} (default 5 s) and through the upstream's circuit breaker (the proxy's), one request
 * per statistics endpoint, each answer read into a typed record ({@link org.southsouth.gateway.impact.Source#figures}).
 * A service that is down, slow or failing never fails the answer: its figures are null and listed in {@code missing}
 * with the reason. The JDK client and Jackson records are used rather than a REST client library, which the build has
 * no copy of offline.</li>
 * <li>A figure given under a filter always obeys the filter: every filter (period, SDG, country, UNDP region) is
 * passed to the services, which apply it to their records. A {@link org.southsouth.gateway.impact.Series} may apply
 * fewer, as registrations by year and month, which have no SDG, country or region: under such a filter it is left out
 * with FILTER_NOT_SUPPORTED, as an unfiltered number under a filtered request would be read as the filtered one.</li>
 * <li>{@code serviceHours} are verified hours; all logged hours appear only in breakdowns, as
 * {@code serviceHoursLogged}.</li>
 * <li>{@code countriesAndRegions} counts ISO 3166-1 codes, so territories with their own code count on their own, as
 * the network's reports do.</li>
 * <li>The services keep the report cheap as records grow: events-service answers from per-event attendance
 * counters, never from participations, so the report's cost follows the number of events; volunteer-service reads
 * hours, engagement and registrations of whole months from rollups its writes keep (ARCHITECTURE.md, statistics
 * rollups), so its cost follows the months asked, not the hour entries (see {@code ./benchmark impact}).</li>
 * <li>The IATI export reads every list page by page while it streams; the first page of each is read before
 * anything is sent, so an unavailable service gives 503 rather than a truncated document.</li>
 * <li>The gateway reads the services with the caller's bearer token, request id and identity headers, so the
 * services' own authorization applies to the figures as it does to proxied calls.</li>
 * </ul>
 */
package org.southsouth.gateway.impact;
