-- Distinct volunteers precounted for the whole history (issue 18): the statistics of an unbounded period read how many
-- volunteers were engaged or deployed, per place, goal and breakdown, instead of de-duplicating ~90k volunteer ids
-- (every engaged volunteer and every served deployment) on each request.
--
-- distinct_volunteers holds, per figure and key, place and goal, each volunteer with how many records put them there
-- (served deployments; for 'engaged' also attendances and verified hour entries); distinct_volunteer_counts holds per
-- figure, key, place and goal the volunteers with at least one and the deployments (0 for 'engaged', so that an
-- attendance or hour entry of a volunteer already engaged does not write it). A volunteer enters a count when their
-- records go from 0 to more, and leaves it when they fall back to 0. Figures and keys:
--   engaged   ''         attended an event, logged verified hours or served a deployment
--   deployed  ''         served a deployment (records: the deployments)
--   programme programme  served a deployment of that programme
--   year      'YYYY'     served a deployment that started that year
--   month     'YYYY-MM'  served a deployment that started that month
-- A place is a country (two letters; '' for hours on no deployment and events in no country), the UNDP region of a
-- country, or '*' (any): every record counts under each place it is in. goal 0 counts every record; 1-17 the records
-- for that goal (deployments and hour entries may have several goals; attendances have none).
--
-- Kept like the V9-V12 rollups: row triggers stage deltas, the deferred apply_rollup_deltas sums and applies them at
-- commit in key order (V11). The monthly rollups also count under the region of their country now, so a selection by
-- region reads one row per month rather than one per country of the region.

CREATE TABLE distinct_volunteers (
    figure        TEXT     NOT NULL,
    key           TEXT     NOT NULL,
    place         TEXT     NOT NULL,
    sdg           SMALLINT NOT NULL,
    volunteer_id  UUID     NOT NULL,
    records       BIGINT   NOT NULL,
    PRIMARY KEY (figure, key, place, sdg, volunteer_id)
);

CREATE TABLE distinct_volunteer_counts (
    figure      TEXT     NOT NULL,
    place       TEXT     NOT NULL,
    sdg         SMALLINT NOT NULL,
    key         TEXT     NOT NULL,
    deployments BIGINT   NOT NULL,
    volunteers  BIGINT   NOT NULL,
    PRIMARY KEY (figure, place, sdg, key)
);

CREATE UNLOGGED TABLE distinct_volunteers_delta (LIKE distinct_volunteers);

-- engagement_by_month is read by place, goal and months (a period's volunteers of one place): its key leads with them,
-- and it holds no row of a volunteer without activity (see apply_rollup_deltas), so the read needs the key alone.
ALTER TABLE engagement_by_month DROP CONSTRAINT engagement_by_month_pkey,
    ADD PRIMARY KEY (country, sdg, month, volunteer_id);

-- Every place a record in this country counts under: the country, its UNDP region if it has one, and any.
CREATE FUNCTION rollup_places(p_country TEXT) RETURNS TEXT[] LANGUAGE sql STABLE AS $$
    SELECT ARRAY[p_country] || ARRAY(SELECT r.region FROM undp_region_country r WHERE r.country = p_country)
           || ARRAY['*']
$$;

CREATE OR REPLACE FUNCTION rollup_hours(p_sdg SMALLINT, p_day DATE, p_country TEXT, p_hours NUMERIC, p_verified BOOLEAN,
                                        p_sign INT) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    PERFORM arm_rollup_deltas();
    INSERT INTO hours_by_month_delta
    SELECT p_sdg, date_trunc('month', p_day)::date, place, p_sign, p_sign * p_hours,
           CASE WHEN p_verified THEN p_sign ELSE 0 END, CASE WHEN p_verified THEN p_sign * p_hours ELSE 0 END
    FROM unnest(rollup_places(p_country)) place;
END $$;

CREATE OR REPLACE FUNCTION rollup_engagement(p_sdg SMALLINT, p_day DATE, p_country TEXT, p_volunteer UUID, p_sign INT)
    RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    PERFORM arm_rollup_deltas();
    INSERT INTO engagement_delta
    SELECT p_sdg, date_trunc('month', p_day)::date, place, p_volunteer, p_sign
    FROM unnest(rollup_places(p_country)) place;
    INSERT INTO distinct_volunteers_delta
    SELECT 'engaged', '', place, p_sdg, p_volunteer, p_sign
    FROM unnest(rollup_places(p_country)) place;
END $$;

-- What one deployment contributes for the goals given (0: the deployment itself), if it was served.
CREATE FUNCTION rollup_served(d deployment, p_sdgs SMALLINT[], p_sign INT) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF d.status NOT IN ('ACTIVE', 'EXTENDED', 'COMPLETED', 'ENDED_EARLY') THEN
        RETURN;
    END IF;
    PERFORM arm_rollup_deltas();
    INSERT INTO distinct_volunteers_delta
    SELECT f.figure, f.key, place, goal, d.volunteer_id, p_sign
    FROM unnest(rollup_places(d.country::text)) place
    CROSS JOIN unnest(p_sdgs) goal
    CROSS JOIN (VALUES ('engaged', ''), ('deployed', ''), ('programme', d.programme),
                       ('year', to_char(d.planned_start, 'YYYY')), ('month', to_char(d.planned_start, 'YYYY-MM')))
        f (figure, key);
END $$;

CREATE FUNCTION goals_of_deployment(p_deployment UUID) RETURNS SMALLINT[] LANGUAGE sql STABLE AS $$
    SELECT ARRAY[0::smallint] || ARRAY(SELECT s.sdg FROM deployment_sdg s WHERE s.deployment_id = p_deployment)
$$;

CREATE FUNCTION deployment_served_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        PERFORM rollup_served(OLD, goals_of_deployment(OLD.id), -1);
    END IF;
    IF TG_OP <> 'DELETE' THEN
        PERFORM rollup_served(NEW, goals_of_deployment(NEW.id), 1);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER deployment_served_rollup AFTER INSERT OR DELETE ON deployment
    FOR EACH ROW EXECUTE FUNCTION deployment_served_rollup();

-- An update that changes none of what is counted (dates, review flags, the version) stages nothing.
CREATE TRIGGER deployment_served_update_rollup AFTER UPDATE ON deployment FOR EACH ROW
    WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.country IS DISTINCT FROM NEW.country
          OR OLD.programme IS DISTINCT FROM NEW.programme OR OLD.planned_start IS DISTINCT FROM NEW.planned_start
          OR OLD.volunteer_id IS DISTINCT FROM NEW.volunteer_id)
    EXECUTE FUNCTION deployment_served_rollup();

-- A goal added to or taken from a deployment (its goals go before the deployment itself: there is no cascade).
CREATE FUNCTION deployment_sdg_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    d deployment;
BEGIN
    IF TG_OP <> 'INSERT' THEN
        SELECT * INTO d FROM deployment WHERE id = OLD.deployment_id;
        IF FOUND THEN
            PERFORM rollup_served(d, ARRAY[OLD.sdg], -1);
        END IF;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        SELECT * INTO d FROM deployment WHERE id = NEW.deployment_id;
        PERFORM rollup_served(d, ARRAY[NEW.sdg], 1);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER deployment_sdg_rollup AFTER INSERT OR DELETE OR UPDATE ON deployment_sdg
    FOR EACH ROW EXECUTE FUNCTION deployment_sdg_rollup();

-- engagement_overall gives way to the 'engaged' distinct volunteers, which count served deployments too.
CREATE OR REPLACE FUNCTION apply_rollup_deltas() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM rollup_deltas_staged;
    PERFORM set_config('rollups.staged', '', true);

    INSERT INTO hours_by_month AS r
    SELECT sdg, month, country, sum(entries), sum(hours), sum(verified_entries), sum(verified_hours)
    FROM hours_by_month_delta
    GROUP BY sdg, month, country
    HAVING sum(entries) <> 0 OR sum(hours) <> 0 OR sum(verified_entries) <> 0 OR sum(verified_hours) <> 0
    ORDER BY sdg, month, country
    ON CONFLICT (sdg, month, country) DO UPDATE SET
        entries = r.entries + excluded.entries,
        hours = r.hours + excluded.hours,
        verified_entries = r.verified_entries + excluded.verified_entries,
        verified_hours = r.verified_hours + excluded.verified_hours;
    DELETE FROM hours_by_month_delta;

    INSERT INTO engagement_by_month AS r
    SELECT sdg, month, country, volunteer_id, sum(activities)
    FROM engagement_delta
    GROUP BY country, sdg, month, volunteer_id
    HAVING sum(activities) <> 0
    ORDER BY country, sdg, month, volunteer_id
    ON CONFLICT (country, sdg, month, volunteer_id) DO UPDATE SET activities = r.activities + excluded.activities;
    -- A volunteer no longer engaged in a month leaves it, so a period's read finds every volunteer in the key alone.
    DELETE FROM engagement_by_month r
    USING engagement_delta d
    WHERE r.country = d.country AND r.sdg = d.sdg AND r.month = d.month AND r.volunteer_id = d.volunteer_id
      AND r.activities = 0;
    DELETE FROM engagement_delta;

    -- A volunteer's records before this commit are their records now less the delta: from 0 to more they enter the
    -- count, from more to 0 they leave it. Every volunteer row is written (in key order) before any count row.
    WITH delta AS (
        SELECT figure, key, place, sdg, volunteer_id, sum(records) AS records
        FROM distinct_volunteers_delta
        GROUP BY figure, key, place, sdg, volunteer_id
        HAVING sum(records) <> 0
    ), applied AS (
        INSERT INTO distinct_volunteers AS r
        SELECT * FROM delta ORDER BY figure, key, place, sdg, volunteer_id
        ON CONFLICT (figure, key, place, sdg, volunteer_id) DO UPDATE SET records = r.records + excluded.records
        RETURNING figure, key, place, sdg, volunteer_id, records
    )
    INSERT INTO distinct_volunteer_counts AS c
    SELECT figure, place, sdg, key, deployments, volunteers FROM (
        SELECT a.figure, a.place, a.sdg, a.key,
               CASE WHEN a.figure = 'engaged' THEN 0 ELSE sum(d.records) END AS deployments,
               sum(CASE WHEN a.records > 0 AND a.records = d.records THEN 1
                        WHEN a.records = 0 THEN -1 ELSE 0 END) AS volunteers
        FROM applied a
        JOIN delta d USING (figure, key, place, sdg, volunteer_id)
        GROUP BY a.figure, a.place, a.sdg, a.key
    ) changed
    WHERE deployments <> 0 OR volunteers <> 0
    ORDER BY figure, place, sdg, key
    ON CONFLICT (figure, place, sdg, key) DO UPDATE SET
        deployments = c.deployments + excluded.deployments,
        volunteers = c.volunteers + excluded.volunteers;
    DELETE FROM distinct_volunteers_delta;

    INSERT INTO registrations_by_month AS r
    SELECT month, sum(volunteers)
    FROM registrations_by_month_delta
    GROUP BY month
    HAVING sum(volunteers) <> 0
    ORDER BY month
    ON CONFLICT (month) DO UPDATE SET volunteers = r.volunteers + excluded.volunteers;
    DELETE FROM registrations_by_month_delta;
    RETURN NULL;
END $$;

DROP TABLE engagement_overall;

CREATE OR REPLACE FUNCTION recount_statistics_rollups() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    TRUNCATE hours_by_month, engagement_by_month, distinct_volunteers, distinct_volunteer_counts,
        registrations_by_month;
    INSERT INTO hours_by_month
    SELECT g.sdg, date_trunc('month', h.served_on)::date, p.place, count(*), sum(h.hours),
           count(*) FILTER (WHERE h.verified), coalesce(sum(h.hours) FILTER (WHERE h.verified), 0)
    FROM service_hours h
    LEFT JOIN deployment d ON d.id = h.deployment_id
    CROSS JOIN LATERAL (SELECT 0::smallint UNION ALL SELECT s.sdg FROM service_hours_sdg s
                        WHERE s.service_hours_id = h.id) g (sdg)
    CROSS JOIN LATERAL unnest(rollup_places(coalesce(d.country::text, ''))) p (place)
    GROUP BY 1, 2, 3;
    INSERT INTO engagement_by_month
    SELECT f.sdg, f.month, p.place, f.volunteer_id, count(*) FROM (
        SELECT g.sdg, date_trunc('month', h.served_on)::date AS month, coalesce(d.country::text, '') AS country,
               h.volunteer_id
        FROM service_hours h
        LEFT JOIN deployment d ON d.id = h.deployment_id
        CROSS JOIN LATERAL (SELECT 0::smallint UNION ALL SELECT s.sdg FROM service_hours_sdg s
                            WHERE s.service_hours_id = h.id) g (sdg)
        WHERE h.verified
        UNION ALL
        SELECT 0::smallint, date_trunc('month', (a.updated_at AT TIME ZONE 'UTC')::date)::date,
               coalesce(a.event_country::text, ''), a.volunteer_id
        FROM participation a
        WHERE a.status = 'ATTENDED' AND EXISTS (SELECT 1 FROM volunteer v WHERE v.id = a.volunteer_id)
    ) f
    CROSS JOIN LATERAL unnest(rollup_places(f.country)) p (place)
    GROUP BY 1, 2, 3, 4;
    INSERT INTO distinct_volunteers
    SELECT figure, key, place, sdg, volunteer_id, sum(records) FROM (
        SELECT 'engaged' AS figure, '' AS key, country AS place, sdg, volunteer_id, activities AS records
        FROM engagement_by_month
        UNION ALL
        SELECT f.figure, f.key, p.place, g.sdg, d.volunteer_id, 1
        FROM deployment d
        CROSS JOIN LATERAL unnest(rollup_places(d.country::text)) p (place)
        CROSS JOIN LATERAL unnest(goals_of_deployment(d.id)) g (sdg)
        CROSS JOIN LATERAL (VALUES ('engaged', ''), ('deployed', ''), ('programme', d.programme),
                                   ('year', to_char(d.planned_start, 'YYYY')),
                                   ('month', to_char(d.planned_start, 'YYYY-MM'))) f (figure, key)
        WHERE d.status IN ('ACTIVE', 'EXTENDED', 'COMPLETED', 'ENDED_EARLY')
    ) r
    GROUP BY 1, 2, 3, 4, 5
    HAVING sum(records) > 0;
    INSERT INTO distinct_volunteer_counts
    SELECT figure, place, sdg, key, CASE WHEN figure = 'engaged' THEN 0 ELSE sum(records) END, count(*)
    FROM distinct_volunteers GROUP BY 1, 2, 3, 4;
    INSERT INTO registrations_by_month
    SELECT date_trunc('month', (created_at AT TIME ZONE 'UTC')::date)::date, count(*) FROM volunteer GROUP BY 1;
END $$;

CREATE OR REPLACE FUNCTION refill_statistics_rollups() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM hours_by_month_delta;
    DELETE FROM engagement_delta;
    DELETE FROM distinct_volunteers_delta;
    DELETE FROM registrations_by_month_delta;
    PERFORM recount_statistics_rollups();
END $$;

SELECT refill_statistics_rollups();
