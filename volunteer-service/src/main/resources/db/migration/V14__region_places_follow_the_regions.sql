-- The rollups count a record under its country's UNDP region too (V13), and UndpRegionTable makes undp_region_country
-- equal to the shared reference at every start: when that moves a country into, out of or between regions, the region
-- places are counted again from the country places (a region's rows are the sums of its countries' rows). Writers wait
-- meanwhile; a start that changes nothing changes no row and counts nothing.

CREATE FUNCTION recount_region_places() RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    regions CONSTANT TEXT[] := ARRAY['AFRICA', 'ARAB_STATES', 'ASIA_AND_THE_PACIFIC', 'EUROPE_AND_CENTRAL_ASIA',
                                     'LATIN_AMERICA_AND_THE_CARIBBEAN'];
BEGIN
    -- The order apply_rollup_deltas writes them in, so a writer committing meanwhile waits rather than deadlocks.
    LOCK TABLE hours_by_month, engagement_by_month, distinct_volunteers, distinct_volunteer_counts IN EXCLUSIVE MODE;

    DELETE FROM hours_by_month WHERE country = ANY (regions);
    INSERT INTO hours_by_month
    SELECT h.sdg, h.month, r.region, sum(h.entries), sum(h.hours), sum(h.verified_entries), sum(h.verified_hours)
    FROM hours_by_month h JOIN undp_region_country r ON r.country = h.country
    GROUP BY 1, 2, 3;

    DELETE FROM engagement_by_month WHERE country = ANY (regions);
    INSERT INTO engagement_by_month
    SELECT e.sdg, e.month, r.region, e.volunteer_id, sum(e.activities)
    FROM engagement_by_month e JOIN undp_region_country r ON r.country = e.country
    GROUP BY 1, 2, 3, 4;

    DELETE FROM distinct_volunteers WHERE place = ANY (regions);
    INSERT INTO distinct_volunteers
    SELECT d.figure, d.key, r.region, d.sdg, d.volunteer_id, sum(d.records)
    FROM distinct_volunteers d JOIN undp_region_country r ON r.country = d.place
    GROUP BY 1, 2, 3, 4, 5;

    DELETE FROM distinct_volunteer_counts WHERE place = ANY (regions);
    INSERT INTO distinct_volunteer_counts
    SELECT figure, place, sdg, key, CASE WHEN figure = 'engaged' THEN 0 ELSE sum(records) END, count(*)
    FROM distinct_volunteers WHERE place = ANY (regions) AND records > 0
    GROUP BY 1, 2, 3, 4;
END $$;

-- A row changed marks the statement; the statement's trigger then counts once, however many rows it changed.
CREATE FUNCTION undp_region_country_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM set_config('rollups.regions_changed', 'yes', true);
    RETURN NULL;
END $$;

CREATE TRIGGER undp_region_country_changed AFTER INSERT OR DELETE OR UPDATE ON undp_region_country
    FOR EACH ROW EXECUTE FUNCTION undp_region_country_changed();

CREATE FUNCTION recount_region_places_if_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('rollups.regions_changed', true) = 'yes' THEN
        PERFORM set_config('rollups.regions_changed', '', true);
        PERFORM recount_region_places();
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER recount_region_places AFTER INSERT OR DELETE OR UPDATE ON undp_region_country
    FOR EACH STATEMENT EXECUTE FUNCTION recount_region_places_if_changed();
