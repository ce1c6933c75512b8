-- Rollups the statistics read instead of every hour entry and attendance (VolunteerStatistics, StatisticsFacts).
-- Kept by the triggers below in the writing transaction, so at every commit they equal a recount of the records;
-- filled from the records here. Each trigger takes out what the old row contributed and adds what the new one does.
-- country: the deployment's country for hours (the event's for attendances), '' when there is none.
-- sdg: 0 counts every entry once; 1-17 the entries for that goal (an entry for several goals counts under each).

CREATE TABLE hours_by_month (
    sdg               SMALLINT NOT NULL,
    month             DATE     NOT NULL,
    country           TEXT     NOT NULL,
    entries           BIGINT   NOT NULL,
    hours             NUMERIC  NOT NULL,
    verified_entries  BIGINT   NOT NULL,
    verified_hours    NUMERIC  NOT NULL,
    PRIMARY KEY (sdg, month, country)
);

-- Who was engaged (attended an event, logged verified hours) per month, and over all time for unbounded periods.
CREATE TABLE engagement_by_month (
    sdg           SMALLINT NOT NULL,
    month         DATE     NOT NULL,
    country       TEXT     NOT NULL,
    volunteer_id  UUID     NOT NULL,
    activities    BIGINT   NOT NULL,
    PRIMARY KEY (sdg, month, country, volunteer_id)
);

CREATE TABLE engagement_overall (
    sdg           SMALLINT NOT NULL,
    country       TEXT     NOT NULL,
    volunteer_id  UUID     NOT NULL,
    activities    BIGINT   NOT NULL,
    PRIMARY KEY (sdg, country, volunteer_id)
);

-- The days of partial months at a period's edges are read from the records: attendances by their UTC day.
CREATE INDEX participation_attended_on ON participation (((updated_at AT TIME ZONE 'UTC')::date))
    WHERE status = 'ATTENDED';

CREATE FUNCTION rollup_hours(p_sdg SMALLINT, p_day DATE, p_country TEXT, p_hours NUMERIC, p_verified BOOLEAN,
                             p_sign INT) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO hours_by_month AS r
    VALUES (p_sdg, date_trunc('month', p_day)::date, p_country, p_sign, p_sign * p_hours,
            CASE WHEN p_verified THEN p_sign ELSE 0 END, CASE WHEN p_verified THEN p_sign * p_hours ELSE 0 END)
    ON CONFLICT (sdg, month, country) DO UPDATE SET
        entries = r.entries + excluded.entries,
        hours = r.hours + excluded.hours,
        verified_entries = r.verified_entries + excluded.verified_entries,
        verified_hours = r.verified_hours + excluded.verified_hours;
END $$;

CREATE FUNCTION rollup_engagement(p_sdg SMALLINT, p_day DATE, p_country TEXT, p_volunteer UUID, p_sign INT)
    RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO engagement_by_month AS r
    VALUES (p_sdg, date_trunc('month', p_day)::date, p_country, p_volunteer, p_sign)
    ON CONFLICT (sdg, month, country, volunteer_id) DO UPDATE SET activities = r.activities + excluded.activities;
    INSERT INTO engagement_overall AS r
    VALUES (p_sdg, p_country, p_volunteer, p_sign)
    ON CONFLICT (sdg, country, volunteer_id) DO UPDATE SET activities = r.activities + excluded.activities;
END $$;

-- One hour entry counted for one goal (0: the entry itself) in a country.
CREATE FUNCTION rollup_hours_entry(h service_hours, p_sdg SMALLINT, p_country TEXT, p_sign INT)
    RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    PERFORM rollup_hours(p_sdg, h.served_on, p_country, h.hours, h.verified, p_sign);
    IF h.verified THEN
        PERFORM rollup_engagement(p_sdg, h.served_on, p_country, h.volunteer_id, p_sign);
    END IF;
END $$;

-- An hour entry with every goal it has now.
CREATE FUNCTION rollup_hours_entry(h service_hours, p_country TEXT, p_sign INT) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    goal SMALLINT;
BEGIN
    PERFORM rollup_hours_entry(h, 0::smallint, p_country, p_sign);
    FOR goal IN SELECT s.sdg FROM service_hours_sdg s WHERE s.service_hours_id = h.id LOOP
        PERFORM rollup_hours_entry(h, goal, p_country, p_sign);
    END LOOP;
END $$;

CREATE FUNCTION country_of_deployment(p_deployment UUID) RETURNS TEXT LANGUAGE sql STABLE AS $$
    SELECT coalesce((SELECT d.country::text FROM deployment d WHERE d.id = p_deployment), '')
$$;

CREATE FUNCTION service_hours_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        PERFORM rollup_hours_entry(OLD, country_of_deployment(OLD.deployment_id), -1);
    END IF;
    IF TG_OP <> 'DELETE' THEN
        PERFORM rollup_hours_entry(NEW, country_of_deployment(NEW.deployment_id), 1);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER service_hours_rollup AFTER INSERT OR DELETE OR UPDATE OF served_on, hours, verified, deployment_id,
    volunteer_id ON service_hours FOR EACH ROW EXECUTE FUNCTION service_hours_rollup();

-- A goal added to or taken from an entry (its goals go before the entry itself: there is no cascade).
CREATE FUNCTION service_hours_sdg_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    h service_hours;
BEGIN
    IF TG_OP <> 'INSERT' THEN
        SELECT * INTO h FROM service_hours WHERE id = OLD.service_hours_id;
        IF FOUND THEN
            PERFORM rollup_hours_entry(h, OLD.sdg, country_of_deployment(h.deployment_id), -1);
        END IF;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        SELECT * INTO h FROM service_hours WHERE id = NEW.service_hours_id;
        PERFORM rollup_hours_entry(h, NEW.sdg, country_of_deployment(h.deployment_id), 1);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER service_hours_sdg_rollup AFTER INSERT OR DELETE OR UPDATE ON service_hours_sdg
    FOR EACH ROW EXECUTE FUNCTION service_hours_sdg_rollup();

-- A deployment moved to another country moves its hours with it.
CREATE FUNCTION deployment_country_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    h service_hours;
BEGIN
    FOR h IN SELECT * FROM service_hours WHERE deployment_id = NEW.id LOOP
        PERFORM rollup_hours_entry(h, OLD.country::text, -1);
        PERFORM rollup_hours_entry(h, NEW.country::text, 1);
    END LOOP;
    RETURN NULL;
END $$;

CREATE TRIGGER deployment_country_rollup AFTER UPDATE OF country ON deployment
    FOR EACH ROW WHEN (OLD.country IS DISTINCT FROM NEW.country) EXECUTE FUNCTION deployment_country_rollup();

-- An attendance of a volunteer known here (volunteers are never deleted: erasure keeps the row).
CREATE FUNCTION rollup_attendance(p participation, p_sign INT) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF p.status = 'ATTENDED' AND EXISTS (SELECT 1 FROM volunteer v WHERE v.id = p.volunteer_id) THEN
        PERFORM rollup_engagement(0::smallint, (p.updated_at AT TIME ZONE 'UTC')::date,
                                  coalesce(p.event_country::text, ''), p.volunteer_id, p_sign);
    END IF;
END $$;

CREATE FUNCTION participation_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        PERFORM rollup_attendance(OLD, -1);
    END IF;
    IF TG_OP <> 'DELETE' THEN
        PERFORM rollup_attendance(NEW, 1);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER participation_rollup AFTER INSERT OR DELETE OR UPDATE OF status, updated_at, event_country,
    volunteer_id ON participation FOR EACH ROW EXECUTE FUNCTION participation_rollup();

-- The records written before this migration.
INSERT INTO hours_by_month
SELECT g.sdg, date_trunc('month', h.served_on)::date, country_of_deployment(h.deployment_id), count(*), sum(h.hours),
       count(*) FILTER (WHERE h.verified), coalesce(sum(h.hours) FILTER (WHERE h.verified), 0)
FROM service_hours h
CROSS JOIN LATERAL (SELECT 0::smallint UNION ALL SELECT s.sdg FROM service_hours_sdg s
                    WHERE s.service_hours_id = h.id) g (sdg)
GROUP BY 1, 2, 3;

INSERT INTO engagement_by_month
SELECT sdg, month, country, volunteer_id, count(*) FROM (
    SELECT g.sdg, date_trunc('month', h.served_on)::date AS month, country_of_deployment(h.deployment_id) AS country,
           h.volunteer_id
    FROM service_hours h
    CROSS JOIN LATERAL (SELECT 0::smallint UNION ALL SELECT s.sdg FROM service_hours_sdg s
                        WHERE s.service_hours_id = h.id) g (sdg)
    WHERE h.verified
    UNION ALL
    SELECT 0::smallint, date_trunc('month', (p.updated_at AT TIME ZONE 'UTC')::date)::date,
           coalesce(p.event_country::text, ''), p.volunteer_id
    FROM participation p
    WHERE p.status = 'ATTENDED' AND EXISTS (SELECT 1 FROM volunteer v WHERE v.id = p.volunteer_id)
) f
GROUP BY 1, 2, 3, 4;

INSERT INTO engagement_overall
SELECT sdg, country, volunteer_id, sum(activities) FROM engagement_by_month GROUP BY 1, 2, 3;
