-- Registrations per month (UTC), read by the statistics instead of every volunteer (VolunteerStatistics,
-- StatisticsSelection). Kept by the trigger below in the writing transaction, so at every commit it equals a count of
-- the volunteers (erased ones included: erasure keeps the row); filled by refill_statistics_rollups below.
-- And the V9 rollups count every row a second time under country '*' (any country): a figure asked without a country
-- or region reads one row per month (per volunteer and month for engagement) rather than one per country.

CREATE TABLE registrations_by_month (
    month       DATE   PRIMARY KEY,
    volunteers  BIGINT NOT NULL
);

-- The days of partial months at a period's edges are counted from the volunteers by their UTC registration day.
CREATE INDEX volunteer_registered_on ON volunteer (((created_at AT TIME ZONE 'UTC')::date));

CREATE FUNCTION rollup_registration(p_created_at TIMESTAMPTZ, p_sign INT) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO registrations_by_month AS r
    VALUES (date_trunc('month', (p_created_at AT TIME ZONE 'UTC')::date)::date, p_sign)
    ON CONFLICT (month) DO UPDATE SET volunteers = r.volunteers + excluded.volunteers;
END $$;

CREATE FUNCTION volunteer_registration_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        PERFORM rollup_registration(OLD.created_at, -1);
    END IF;
    IF TG_OP <> 'DELETE' THEN
        PERFORM rollup_registration(NEW.created_at, 1);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER volunteer_registration_rollup AFTER INSERT OR DELETE OR UPDATE OF created_at ON volunteer
    FOR EACH ROW EXECUTE FUNCTION volunteer_registration_rollup();

CREATE OR REPLACE FUNCTION rollup_hours(p_sdg SMALLINT, p_day DATE, p_country TEXT, p_hours NUMERIC, p_verified BOOLEAN,
                                        p_sign INT) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    place TEXT;
BEGIN
    FOREACH place IN ARRAY ARRAY[p_country, '*'] LOOP
        INSERT INTO hours_by_month AS r
        VALUES (p_sdg, date_trunc('month', p_day)::date, place, p_sign, p_sign * p_hours,
                CASE WHEN p_verified THEN p_sign ELSE 0 END, CASE WHEN p_verified THEN p_sign * p_hours ELSE 0 END)
        ON CONFLICT (sdg, month, country) DO UPDATE SET
            entries = r.entries + excluded.entries,
            hours = r.hours + excluded.hours,
            verified_entries = r.verified_entries + excluded.verified_entries,
            verified_hours = r.verified_hours + excluded.verified_hours;
    END LOOP;
END $$;

CREATE OR REPLACE FUNCTION rollup_engagement(p_sdg SMALLINT, p_day DATE, p_country TEXT, p_volunteer UUID, p_sign INT)
    RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    place TEXT;
BEGIN
    FOREACH place IN ARRAY ARRAY[p_country, '*'] LOOP
        INSERT INTO engagement_by_month AS r
        VALUES (p_sdg, date_trunc('month', p_day)::date, place, p_volunteer, p_sign)
        ON CONFLICT (sdg, month, country, volunteer_id) DO UPDATE SET activities = r.activities + excluded.activities;
        INSERT INTO engagement_overall AS r
        VALUES (p_sdg, place, p_volunteer, p_sign)
        ON CONFLICT (sdg, country, volunteer_id) DO UPDATE SET activities = r.activities + excluded.activities;
    END LOOP;
END $$;

-- Empties the rollups and fills them again from the records: what the migrations did, and what a bulk load that ran
-- with the rollup triggers disabled calls once done. Writers wait for it (TRUNCATE locks the rollups), so it is exact.
CREATE FUNCTION refill_statistics_rollups() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    TRUNCATE hours_by_month, engagement_by_month, engagement_overall, registrations_by_month;
    INSERT INTO hours_by_month
    SELECT g.sdg, date_trunc('month', h.served_on)::date, p.place, count(*), sum(h.hours),
           count(*) FILTER (WHERE h.verified), coalesce(sum(h.hours) FILTER (WHERE h.verified), 0)
    FROM service_hours h
    LEFT JOIN deployment d ON d.id = h.deployment_id
    CROSS JOIN LATERAL (SELECT 0::smallint UNION ALL SELECT s.sdg FROM service_hours_sdg s
                        WHERE s.service_hours_id = h.id) g (sdg)
    CROSS JOIN LATERAL (VALUES (coalesce(d.country::text, '')), ('*')) p (place)
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
    CROSS JOIN LATERAL (VALUES (f.country), ('*')) p (place)
    GROUP BY 1, 2, 3, 4;
    INSERT INTO engagement_overall
    SELECT sdg, country, volunteer_id, sum(activities) FROM engagement_by_month GROUP BY 1, 2, 3;
    INSERT INTO registrations_by_month
    SELECT date_trunc('month', (created_at AT TIME ZONE 'UTC')::date)::date, count(*) FROM volunteer GROUP BY 1;
END $$;

SELECT refill_statistics_rollups();
