package org.southsouth.volunteer;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.Test;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.PostgresTestResource;

/**
 * Reading a list page after page reuses its query plans: Hibernate keys a native query's plan by its SQL text, so a
 * page's numbers written into the SQL planned every page anew and filled the bounded plan cache with plans never
 * matched again.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class QueryPlanCacheTest {

    private static final int PAGES = 10;
    // Room for a background job planning its own first query meanwhile; a plan per page would be PAGES.
    private static final int TOLERATED = 2;

    @Inject
    EntityManagerFactory entities;

    @Test
    void furtherPagesOfAListAddNoQueryPlan() {
        for (String list : List.of(
                "/api/v1/volunteers?",
                "/api/v1/service-hours/totals?groupBy=MONTH&",
                "/api/v1/matches?country=TZ&from=2035-03-01&to=2035-05-31&")) {
            given().get(list + "page=0").then().statusCode(200);
            int before = plans();
            for (int page = 1; page <= PAGES; page++) {
                given().get(list + "page=" + page).then().statusCode(200);
            }
            int added = plans() - before;
            assertTrue(added <= TOLERATED, list + " added " + added + " query plans over " + PAGES + " pages");
        }
    }

    private int plans() {
        return entities.unwrap(SessionFactoryImplementor.class)
                .getQueryEngine()
                .getInterpretationCache()
                .getNumberOfCachedQueryPlans();
    }
}
