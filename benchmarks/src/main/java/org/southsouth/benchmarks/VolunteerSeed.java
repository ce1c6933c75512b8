package org.southsouth.benchmarks;

import java.sql.Connection;

/**
 * Volunteers written straight into volunteer-service's database with set-based SQL, as the service would write them
 * (see its migrations and {@code Volunteer}): real ISO nationalities, ISO 639-1 languages with CEFR levels, skills
 * from the {@code skill} table, availability windows, consent to matching, deployments that never overlap (the
 * exclusion constraint holds), attended events, and the replica of host organizations they refer to.
 * Registering 100 000 volunteers through the API would take far longer than the benchmark itself.
 *
 * <p>Distributions: nationalities skewed ({@link SeedCountries}); 86% ACTIVE, 12% INACTIVE, 2% erased; one to three
 * languages (English, French, Spanish, Arabic most), one to four skills, most with one availability window in 2026–2028;
 * 90% of the active ones consent to matching; 30% served a deployment, 10% have one current or planned; those
 * that started logged a day of hours every month or so (most verified, for the deployment's goals); 15% took part in
 * events.
 */
final class VolunteerSeed {

    private static final String GIVEN =
            "ARRAY['Amina','Wanjiru','Kofi','Chidi','Priya','Arjun','Maria','Juan','Fatima',"
                    + "'Omar','Nguyen','Siti','Tendai','Lerato','Ana','Carlos','Aisha','Bikash','Sita','Mekdes','Rahul','Lucia']";
    private static final String FAMILY =
            "ARRAY['Njoroge','Mensah','Okafor','Sharma','Silva','Garcia','Haddad','Rahman',"
                    + "'Tran','Wijaya','Moyo','Dlamini','Santos','Mendoza','Abebe','Shrestha','Gurung','Kamau','Diallo','Perez']";
    private static final String CHINESE = "ARRAY['王芳','李伟','张敏','刘洋','陈静','杨帆','赵磊','黄丽','周杰','吴霞']";
    private static final String LANGUAGES =
            "ARRAY['en','fr','es','ar','zh','pt','sw','ru','hi','ne','id','vi','bn','am','ha']";
    private static final String LEVELS = "ARRAY['A1','A2','B1','B2','C1','C2']";
    private static final String PROGRAMMES =
            "ARRAY['UN_VOLUNTEERS','NATIONAL_FOREIGN_AID','SOUTH_SOUTH_EXCHANGE'," + "'UNIVERSITY_VOLUNTEERS','OTHER']";
    private static final String ROLES = "ARRAY['Community health advisor','Teacher','ICT officer','Agronomist',"
            + "'Project coordinator','Interpreter','Youth worker','WASH engineer']";

    private VolunteerSeed() {}

    static void seed(String jdbcUrl, int volunteers, int hostOrganizations) throws Exception {
        try (Connection connection = Sql.connect(jdbcUrl)) {
            Sql.execute(connection, "SELECT setseed(0.42)");
            int countries = SeedCountries.create(connection);
            seedHostOrganizations(connection, hostOrganizations, countries);
            seedVolunteers(connection, volunteers, hostOrganizations, countries);
            seedProfiles(connection);
            seedDeployments(connection, hostOrganizations);
            seedServiceHours(connection);
            seedParticipations(connection, countries);
            Sql.execute(connection, "ANALYZE");
        }
    }

    private static void seedHostOrganizations(Connection connection, int hosts, int countries) throws Exception {
        Sql.execute(
                connection,
                "CREATE TEMP TABLE seed_host AS SELECT n, gen_random_uuid() AS id, c.code AS country, c.name"
                        + " FROM (SELECT n, floor(power(random(), 2) * " + countries + ")::int AS country_rank"
                        + "   FROM generate_series(1, " + hosts + ") n) drawn JOIN " + SeedCountries.TABLE
                        + " c ON c.rank = drawn.country_rank");
        Sql.execute(connection, "ALTER TABLE seed_host ADD PRIMARY KEY (n)");
        Sql.execute(
                connection,
                "INSERT INTO host_organization (id, name, country, status, sequence, updated_at)"
                        + " SELECT id, 'Volunteer Centre ' || n || ' of ' || name, country,"
                        + " CASE WHEN random() < .95 THEN 'ACTIVE' ELSE 'INACTIVE' END, 1, now() - random() * interval '2 years' FROM seed_host");
    }

    private static void seedVolunteers(Connection connection, int volunteers, int hosts, int countries)
            throws Exception {
        Sql.execute(
                connection,
                "CREATE TEMP TABLE seed_volunteer AS SELECT d.n, gen_random_uuid() AS id, c.code AS nationality,"
                        + " c.name AS country_name, h.id AS home, CASE WHEN d.status_draw < .02 THEN 'ERASED'"
                        + "   WHEN d.status_draw < .14 THEN 'INACTIVE' ELSE 'ACTIVE' END AS status, d.created_at"
                        + " FROM (SELECT n, floor(power(random(), 2) * " + countries + ")::int AS country_rank,"
                        + "   1 + floor(random() * " + hosts + ")::int AS home_n, random() AS status_draw,"
                        + "   now() - random() * interval '5 years' AS created_at FROM generate_series(1, " + volunteers
                        + ") n) d"
                        + " JOIN " + SeedCountries.TABLE
                        + " c ON c.rank = d.country_rank JOIN seed_host h ON h.n = d.home_n");
        Sql.execute(connection, "ALTER TABLE seed_volunteer ADD PRIMARY KEY (n)");
        Sql.execute(
                connection,
                "INSERT INTO volunteer (id, name, email, phone, nationality, residence, home_organization_id, bio,"
                        + " status, version, created_at, updated_at, erased_at)"
                        + " SELECT id,"
                        + " CASE WHEN status = 'ERASED' THEN 'Erased volunteer' WHEN nationality = 'CN' THEN ("
                        + CHINESE + ")[1 + n % 10]"
                        + "   ELSE (" + GIVEN + ")[1 + n % 22] || ' ' || (" + FAMILY + ")[1 + (n / 22) % 20] END,"
                        + " CASE WHEN status = 'ERASED' THEN 'erased-' || id || '@erased.invalid' ELSE 'volunteer' || n || '@example.org' END,"
                        + " CASE WHEN status <> 'ERASED' AND random() < .7 THEN '+' || (100000000000 + n) END,"
                        + " nationality, CASE WHEN status <> 'ERASED' AND random() < .8 THEN nationality END, home,"
                        + " CASE WHEN status <> 'ERASED' AND random() < .4 THEN 'Volunteer from ' || country_name END,"
                        + " status, floor(random() * 4)::int, created_at, created_at + random() * (now() - created_at),"
                        + " CASE WHEN status = 'ERASED' THEN now() - random() * interval '1 year' END"
                        + " FROM seed_volunteer");
    }

    /** Languages, skills, availability and consent; erased volunteers have none of the first three. */
    private static void seedProfiles(Connection connection) throws Exception {
        Sql.execute(
                connection,
                "INSERT INTO volunteer_language (volunteer_id, language, level)"
                        + " SELECT DISTINCT ON (v.id, l.language) v.id, l.language, l.level FROM seed_volunteer v"
                        + " CROSS JOIN LATERAL (SELECT (" + LANGUAGES
                        + ")[1 + floor(power(random(), 1.8) * 15)::int] AS language,"
                        + "   CASE WHEN i = 1 THEN 'NATIVE' ELSE (" + LEVELS
                        + ")[1 + floor(random() * 6)::int] END AS level"
                        + "   FROM generate_series(1, 1 + v.n % 3) i) l WHERE v.status <> 'ERASED' ORDER BY v.id, l.language, l.level DESC");
        Sql.execute(
                connection,
                "CREATE TEMP TABLE seed_skill AS SELECT code, row_number() OVER (ORDER BY code) - 1 AS rank FROM skill");
        Sql.execute(
                connection,
                "INSERT INTO volunteer_skill (volunteer_id, skill_code)"
                        + " SELECT DISTINCT v.id, s.code FROM seed_volunteer v"
                        + " CROSS JOIN LATERAL (SELECT floor(power(random(), 1.5) * (SELECT count(*) FROM seed_skill))::int AS rank"
                        + "   FROM generate_series(1, 1 + v.n % 4)) drawn JOIN seed_skill s ON s.rank = drawn.rank WHERE v.status <> 'ERASED'");
        Sql.execute(
                connection,
                "INSERT INTO availability_window (volunteer_id, available_from, available_to)"
                        + " SELECT v.id, w.available_from, w.available_from + 90 + floor(random() * 450)::int FROM seed_volunteer v"
                        + " CROSS JOIN LATERAL (SELECT date '2026-01-01' + floor(random() * 720)::int AS available_from"
                        + "   FROM generate_series(1, CASE WHEN v.n % 8 = 0 THEN 0 WHEN v.n % 4 = 1 THEN 2 ELSE 1 END)) w"
                        + " WHERE v.status <> 'ERASED'");
        // A consent given under an older policy was closed when the current one was given.
        Sql.execute(
                connection,
                "INSERT INTO consent_record (id, volunteer_id, purpose, policy_version, given_at, withdrawn_at)"
                        + " SELECT gen_random_uuid(), id, 'MATCHING', '2024-01', created_at, created_at + interval '300 days'"
                        + " FROM seed_volunteer WHERE status = 'ACTIVE' AND n % 20 = 0"
                        + " UNION ALL SELECT gen_random_uuid(), id, 'MATCHING', CASE WHEN n % 20 = 0 THEN '2025-06' ELSE '2024-01' END,"
                        + "   CASE WHEN n % 20 = 0 THEN created_at + interval '300 days' ELSE created_at END, NULL"
                        + " FROM seed_volunteer WHERE status = 'ACTIVE' AND n % 10 <> 3");
    }

    /** A past deployment (2021–2025) for 30%, a current or planned one (from mid-2026) for 10%: they cannot overlap. */
    private static void seedDeployments(Connection connection, int hosts) throws Exception {
        Sql.execute(
                connection,
                "CREATE TEMP TABLE seed_deployment AS"
                        + " SELECT gen_random_uuid() AS id, v.id AS volunteer_id, v.home AS sending, start, start + length AS planned_end,"
                        + "   CASE WHEN draw < .75 THEN 'COMPLETED' WHEN draw < .87 THEN 'ENDED_EARLY' ELSE 'CANCELLED' END AS status,"
                        + "   CASE WHEN draw >= .75 AND draw < .87 THEN start + length / 2 END AS ended_on,"
                        + "   1 + floor(random() * " + hosts + ")::int AS host_n"
                        + " FROM (SELECT v.*, date '2021-01-01' + floor(random() * 1460)::int AS start, 180 + floor(random() * 360)::int AS length,"
                        + "   random() AS draw FROM seed_volunteer v WHERE v.status <> 'ERASED' AND v.n % 10 IN (1, 4, 7)) v"
                        + " UNION ALL"
                        + " SELECT gen_random_uuid(), v.id, v.home, start, start + 180 + floor(random() * 180)::int,"
                        + "   CASE WHEN start <= current_date THEN 'ACTIVE' ELSE 'PLANNED' END, NULL, 1 + floor(random() * "
                        + hosts + ")::int"
                        + " FROM (SELECT v.*, date '2026-07-01' + floor(random() * 540)::int AS start FROM seed_volunteer v"
                        + "   WHERE v.status = 'ACTIVE' AND v.n % 10 = 2) v");
        Sql.execute(
                connection,
                "INSERT INTO deployment (id, volunteer_id, sending_organization_id, host_organization_id, country,"
                        + " programme, role, planned_start, planned_end, ended_on, status, needs_review, version, created_at, updated_at)"
                        + " SELECT d.id, d.volunteer_id, d.sending, h.id, h.country, (" + PROGRAMMES
                        + ")[1 + floor(random() * 5)::int],"
                        + " (" + ROLES
                        + ")[1 + floor(random() * 8)::int], d.start, d.planned_end, d.ended_on, d.status, false,"
                        + " floor(random() * 3)::int, d.start - 60, least(now(), d.start + 30)"
                        + " FROM seed_deployment d JOIN seed_host h ON h.n = d.host_n");
        Sql.execute(
                connection,
                "INSERT INTO deployment_sdg (deployment_id, sdg)"
                        + " SELECT DISTINCT id, 1 + floor(random() * 17)::int FROM seed_deployment, generate_series(1, 2)");
    }

    /** A day's hours every 30 days of a deployment that started, up to today; 85% verified; the deployment's goals. */
    private static void seedServiceHours(Connection connection) throws Exception {
        Sql.execute(
                connection,
                "CREATE TEMP TABLE seed_hours AS SELECT gen_random_uuid() AS id, d.id AS deployment_id, d.volunteer_id,"
                        + " d.host_organization_id, d.planned_start + 30 * i AS served_on, 1 + floor(random() * 8)::int AS hours,"
                        + " random() < .85 AS verified"
                        + " FROM deployment d CROSS JOIN LATERAL generate_series(0, (least(coalesce(d.ended_on, d.planned_end), current_date)"
                        + "   - d.planned_start) / 30) i"
                        + " WHERE d.status IN ('ACTIVE', 'EXTENDED', 'COMPLETED', 'ENDED_EARLY') AND d.planned_start <= current_date");
        Sql.execute(
                connection,
                "INSERT INTO service_hours (id, volunteer_id, organization_id, served_on, hours, activity,"
                        + " deployment_id, verified, verified_at, verified_by, version, created_at, updated_at)"
                        + " SELECT id, volunteer_id, host_organization_id, served_on, hours, 'Field work', deployment_id, verified,"
                        + " CASE WHEN verified THEN served_on + 7 END, CASE WHEN verified THEN 'coordinator' END, 1,"
                        + " served_on + 1, served_on + CASE WHEN verified THEN 7 ELSE 1 END FROM seed_hours");
        Sql.execute(
                connection,
                "INSERT INTO service_hours_sdg (service_hours_id, sdg)"
                        + " SELECT h.id, s.sdg FROM seed_hours h JOIN deployment_sdg s ON s.deployment_id = h.deployment_id");
    }

    private static void seedParticipations(Connection connection, int countries) throws Exception {
        Sql.execute(
                connection,
                "CREATE TEMP TABLE seed_event AS SELECT n, gen_random_uuid() AS id,"
                        + " (ARRAY['FORUM','EXCHANGE_CAMP','CAPACITY_BUILDING','DELEGATION_VISIT','EXPERT_MISSION','WEBINAR'])"
                        + "   [1 + floor(random() * 6)::int] AS kind, c.code AS country"
                        + " FROM (SELECT n, floor(power(random(), 2) * " + countries
                        + ")::int AS country_rank FROM generate_series(1, 500) n) e"
                        + " JOIN " + SeedCountries.TABLE + " c ON c.rank = e.country_rank");
        Sql.execute(
                connection,
                "INSERT INTO participation (id, event_id, event_kind, event_country, volunteer_id, role, status,"
                        + " sequence, updated_at)"
                        + " SELECT gen_random_uuid(), e.id, e.kind, e.country, v.id,"
                        + " CASE WHEN random() < .8 THEN 'VOLUNTEER' ELSE 'DELEGATE' END,"
                        + " CASE WHEN random() < .6 THEN 'ATTENDED' WHEN random() < .5 THEN 'REGISTERED' ELSE 'NO_SHOW' END, 1,"
                        + " now() - random() * interval '3 years'"
                        + " FROM seed_volunteer v CROSS JOIN LATERAL (SELECT 1 + floor(random() * 500)::int AS event_n"
                        + "   FROM generate_series(1, 1 + v.n % 2)) drawn JOIN seed_event e ON e.n = drawn.event_n"
                        + " WHERE v.status <> 'ERASED' AND v.n % 100 < 15");
    }
}
