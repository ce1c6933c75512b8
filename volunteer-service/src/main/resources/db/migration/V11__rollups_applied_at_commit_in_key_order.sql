-- The statistics rollups (V9, V10) applied once per transaction, at its commit, each row once and in key order.
-- The row triggers used to upsert the rollup rows as each record was written, so a transaction held those rows from
-- its first write to its commit, and two that wrote the same months, countries or goals in another order (two batches
-- of hour entries, say) could each wait for the other: a deadlock (PostgreSQL 40P01, issue 18). Now the same triggers
-- stage what they add and take out in the *_delta tables; a deferred trigger sums the staged deltas per rollup row
-- just before the commit, applies them table after table, each in key order, and removes them. A transaction thus
-- takes rollup row locks only while it commits, always in the same order: two may wait for one another, never in a
-- circle. The rollups still equal a recount of the records at every commit; staged rows are only ever seen by their
-- own transaction (another's are uncommitted, and none is ever committed).

CREATE UNLOGGED TABLE hours_by_month_delta (LIKE hours_by_month);
-- One delta counts for engagement_by_month and, without its month, for engagement_overall.
CREATE UNLOGGED TABLE engagement_delta (LIKE engagement_by_month);
CREATE UNLOGGED TABLE registrations_by_month_delta (LIKE registrations_by_month);

-- One row per transaction with staged deltas: inserting it arms the deferred trigger that applies them.
CREATE UNLOGGED TABLE rollup_deltas_staged (
    transaction_id  XID8  NOT NULL DEFAULT pg_current_xact_id()
);

-- The first delta a transaction stages (since its last apply) arms the apply; the setting ends with the transaction.
CREATE FUNCTION arm_rollup_deltas() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('rollups.staged', true) IS DISTINCT FROM 'yes' THEN
        PERFORM set_config('rollups.staged', 'yes', true);
        INSERT INTO rollup_deltas_staged DEFAULT VALUES;
    END IF;
END $$;

CREATE OR REPLACE FUNCTION rollup_hours(p_sdg SMALLINT, p_day DATE, p_country TEXT, p_hours NUMERIC, p_verified BOOLEAN,
                                        p_sign INT) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    PERFORM arm_rollup_deltas();
    INSERT INTO hours_by_month_delta
    SELECT p_sdg, date_trunc('month', p_day)::date, place, p_sign, p_sign * p_hours,
           CASE WHEN p_verified THEN p_sign ELSE 0 END, CASE WHEN p_verified THEN p_sign * p_hours ELSE 0 END
    FROM unnest(ARRAY[p_country, '*']) place;
END $$;

CREATE OR REPLACE FUNCTION rollup_engagement(p_sdg SMALLINT, p_day DATE, p_country TEXT, p_volunteer UUID, p_sign INT)
    RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    PERFORM arm_rollup_deltas();
    INSERT INTO engagement_delta
    SELECT p_sdg, date_trunc('month', p_day)::date, place, p_volunteer, p_sign
    FROM unnest(ARRAY[p_country, '*']) place;
END $$;

CREATE OR REPLACE FUNCTION rollup_registration(p_created_at TIMESTAMPTZ, p_sign INT) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    PERFORM arm_rollup_deltas();
    INSERT INTO registrations_by_month_delta
    VALUES (date_trunc('month', (p_created_at AT TIME ZONE 'UTC')::date)::date, p_sign);
END $$;

-- Sums this transaction's deltas per rollup row and applies them in one fixed order of tables and keys. A row whose
-- deltas cancel out (an update that moved nothing) is left alone, not even locked.
CREATE FUNCTION apply_rollup_deltas() RETURNS trigger LANGUAGE plpgsql AS $$
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
    GROUP BY sdg, month, country, volunteer_id
    HAVING sum(activities) <> 0
    ORDER BY sdg, month, country, volunteer_id
    ON CONFLICT (sdg, month, country, volunteer_id) DO UPDATE SET activities = r.activities + excluded.activities;
    INSERT INTO engagement_overall AS r
    SELECT sdg, country, volunteer_id, sum(activities)
    FROM engagement_delta
    GROUP BY sdg, country, volunteer_id
    HAVING sum(activities) <> 0
    ORDER BY sdg, country, volunteer_id
    ON CONFLICT (sdg, country, volunteer_id) DO UPDATE SET activities = r.activities + excluded.activities;
    DELETE FROM engagement_delta;

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

CREATE CONSTRAINT TRIGGER apply_rollup_deltas AFTER INSERT ON rollup_deltas_staged
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION apply_rollup_deltas();

-- A refill recounts the records this transaction wrote too: what it staged for them goes, or they would count twice.
ALTER FUNCTION refill_statistics_rollups() RENAME TO recount_statistics_rollups;

CREATE FUNCTION refill_statistics_rollups() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM hours_by_month_delta;
    DELETE FROM engagement_delta;
    DELETE FROM registrations_by_month_delta;
    PERFORM recount_statistics_rollups();
END $$;
