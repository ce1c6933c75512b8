-- What the statistics read instead of every partnership (issue 18), kept by triggers in the writing transaction, so
-- they equal a recount of partnership and partnership_party at every commit and no Java write path takes part.

-- The day a partnership's term starts (as ConnectedOrganizations defines it), on the row, so a period's edge days
-- are found by index.
ALTER TABLE partnership ADD COLUMN term_starts_on DATE;

CREATE FUNCTION partnership_term_starts_on() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.term_starts_on := coalesce(NEW.starts_on, NEW.signed_on, NEW.activated_on, CAST(NEW.created_at AS date));
    RETURN NEW;
END $$;

CREATE TRIGGER partnership_term_starts_on BEFORE INSERT OR UPDATE ON partnership
    FOR EACH ROW EXECUTE FUNCTION partnership_term_starts_on();

UPDATE partnership SET term_starts_on = coalesce(starts_on, signed_on, activated_on, CAST(created_at AS date));
ALTER TABLE partnership ALTER COLUMN term_starts_on SET NOT NULL;

CREATE INDEX partnership_term_starts_on ON partnership (term_starts_on);
CREATE INDEX partnership_ends_on ON partnership (ends_on);
-- A term that ends before it starts (no startsOn, an endsOn before the signing): the rollup below cannot count it
-- by its two bounds, so the statistics count these few from the records.
CREATE INDEX partnership_inverted_term ON partnership (id) WHERE ends_on < term_starts_on;

-- Every ordered pair of distinct parties of each partnership in force (ACTIVE or RENEWED), with its term: who is
-- connected to a hub is then one index range per hub instead of a join of every hub's agreements and parties.
-- A partnership's links are written only by transactions writing that partnership or its parties.
CREATE TABLE partnership_link (
    partnership_id   UUID  NOT NULL,
    organization_id  UUID  NOT NULL,
    partner_id       UUID  NOT NULL,
    term_starts_on   DATE  NOT NULL,
    ends_on          DATE,
    PRIMARY KEY (partnership_id, organization_id, partner_id)
);
CREATE INDEX partnership_link_partner ON partnership_link (partner_id) INCLUDE (organization_id, term_starts_on, ends_on);

CREATE FUNCTION relink_partnership(p_partnership UUID) RETURNS void LANGUAGE sql AS $$
    DELETE FROM partnership_link WHERE partnership_id = p_partnership;
    INSERT INTO partnership_link
    SELECT DISTINCT p.id, mine.organization_id, other.organization_id, p.term_starts_on, p.ends_on
    FROM partnership p
    JOIN partnership_party mine ON mine.partnership_id = p.id
    JOIN partnership_party other ON other.partnership_id = p.id AND other.organization_id <> mine.organization_id
    WHERE p.id = p_partnership AND p.status IN ('ACTIVE', 'RENEWED');
$$;

CREATE FUNCTION partnership_links() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND (OLD.status, OLD.term_starts_on, OLD.ends_on)
            IS NOT DISTINCT FROM (NEW.status, NEW.term_starts_on, NEW.ends_on) THEN
        RETURN NULL;
    END IF;
    PERFORM relink_partnership(NEW.id);
    RETURN NULL;
END $$;

CREATE TRIGGER partnership_links AFTER INSERT OR UPDATE ON partnership
    FOR EACH ROW EXECUTE FUNCTION partnership_links();

CREATE FUNCTION partnership_party_links() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM relink_partnership(CASE WHEN TG_OP = 'DELETE' THEN OLD.partnership_id ELSE NEW.partnership_id END);
    RETURN NULL;
END $$;

CREATE TRIGGER partnership_party_links AFTER INSERT OR UPDATE OR DELETE ON partnership_party
    FOR EACH ROW EXECUTE FUNCTION partnership_party_links();

-- How many partnership terms start ('S': on term_starts_on) and end ('E': on the day after ends_on) per year ('Y') or
-- month ('M'), per figure and key the partnership statistics answer, under each selection a single filter makes:
-- '*' (none), 'sdg:<goal>', 'region:<UNDP region>'. The terms overlapping a period [first, last] are those started by
-- its last day less those ended by its first: whole years and months from here, the days of the edge months from the
-- records (by index), inverted terms from the records.
CREATE TABLE partnership_terms (
    selection     TEXT     NOT NULL,
    bound         CHAR(1)  NOT NULL,
    span          CHAR(1)  NOT NULL,
    first_day     DATE     NOT NULL,
    figure        TEXT     NOT NULL,
    key           TEXT     NOT NULL,
    partnerships  BIGINT   NOT NULL,
    -- A read sums a selection's rows of a bound by span and first day from the index alone.
    PRIMARY KEY (selection, bound, span, first_day, figure, key) INCLUDE (partnerships)
);

-- The figures and keys one partnership counts under, as the statistics from the records count it (a goal or
-- country listed twice counts twice, as unnest does).
CREATE FUNCTION partnership_figure_keys(p_kind TEXT, p_status TEXT, p_goals INTEGER[], p_countries TEXT[])
    RETURNS TABLE (figure TEXT, key TEXT) LANGUAGE sql IMMUTABLE AS $$
    SELECT 'partnerships', ''
    UNION ALL SELECT 'byKind', p_kind
    UNION ALL SELECT 'byStatus', p_status
    UNION ALL SELECT 'bySdg', CAST(goal AS text) FROM unnest(p_goals) goal
    UNION ALL SELECT 'byCountry', country FROM unnest(p_countries) country
$$;

-- The selections a partnership is counted under: each once, as a containment filter matches it once.
CREATE FUNCTION partnership_selections(p_goals INTEGER[], p_regions TEXT[]) RETURNS SETOF TEXT
    LANGUAGE sql IMMUTABLE AS $$
    SELECT '*' UNION SELECT 'sdg:' || goal FROM unnest(p_goals) goal UNION SELECT 'region:' || region FROM unnest(p_regions) region
$$;

-- What one partnership adds (p_sign 1) to or takes out (-1) of partnership_terms, as rows of it.
CREATE FUNCTION partnership_term_rows(p_kind TEXT, p_status TEXT, p_goals INTEGER[], p_countries TEXT[],
                                      p_regions TEXT[], p_term_starts_on DATE, p_ends_on DATE, p_sign INT)
    RETURNS SETOF partnership_terms LANGUAGE sql IMMUTABLE AS $$
    SELECT s.selection, b.bound, sp.span, CAST(date_trunc(sp.unit, CAST(b.day AS timestamp)) AS date), k.figure, k.key,
           CAST(p_sign AS bigint)
    FROM (VALUES ('S', p_term_starts_on), ('E', p_ends_on + 1)) b (bound, day)
    CROSS JOIN (VALUES ('Y', 'year'), ('M', 'month')) sp (span, unit)
    CROSS JOIN partnership_selections(p_goals, p_regions) s (selection)
    CROSS JOIN partnership_figure_keys(p_kind, p_status, p_goals, p_countries) k
    WHERE b.day IS NOT NULL AND (p_ends_on IS NULL OR p_ends_on >= p_term_starts_on)
$$;

-- Staged like volunteer-service's rollups (its V11): row triggers stage deltas, a deferred trigger sums them per
-- rollup row and applies them at commit in key order, so writers lock rollup rows only while committing, always in
-- the same order: they may wait for one another, never deadlock.
CREATE UNLOGGED TABLE partnership_terms_delta (LIKE partnership_terms);
CREATE UNLOGGED TABLE partner_rollups_staged (
    transaction_id  XID8  NOT NULL DEFAULT pg_current_xact_id()
);

CREATE FUNCTION partnership_terms_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND (OLD.kind, OLD.status, OLD.sdg_goals, OLD.countries, OLD.regions, OLD.term_starts_on,
                             OLD.ends_on)
            IS NOT DISTINCT FROM (NEW.kind, NEW.status, NEW.sdg_goals, NEW.countries, NEW.regions,
                                  NEW.term_starts_on, NEW.ends_on) THEN
        RETURN NULL;
    END IF;
    IF current_setting('partner_rollups.staged', true) IS DISTINCT FROM 'yes' THEN
        PERFORM set_config('partner_rollups.staged', 'yes', true);
        INSERT INTO partner_rollups_staged DEFAULT VALUES;
    END IF;
    IF TG_OP <> 'INSERT' THEN
        INSERT INTO partnership_terms_delta SELECT * FROM partnership_term_rows(
            OLD.kind, OLD.status, OLD.sdg_goals, OLD.countries, OLD.regions, OLD.term_starts_on, OLD.ends_on, -1);
    END IF;
    IF TG_OP <> 'DELETE' THEN
        INSERT INTO partnership_terms_delta SELECT * FROM partnership_term_rows(
            NEW.kind, NEW.status, NEW.sdg_goals, NEW.countries, NEW.regions, NEW.term_starts_on, NEW.ends_on, 1);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER partnership_terms_rollup AFTER INSERT OR UPDATE OR DELETE ON partnership
    FOR EACH ROW EXECUTE FUNCTION partnership_terms_rollup();

CREATE FUNCTION apply_partner_rollups() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM partner_rollups_staged;
    PERFORM set_config('partner_rollups.staged', '', true);
    INSERT INTO partnership_terms AS r
    SELECT selection, bound, span, first_day, figure, key, sum(partnerships)
    FROM partnership_terms_delta
    GROUP BY selection, bound, span, first_day, figure, key
    HAVING sum(partnerships) <> 0
    ORDER BY selection, bound, span, first_day, figure, key
    ON CONFLICT (selection, bound, span, first_day, figure, key)
        DO UPDATE SET partnerships = r.partnerships + excluded.partnerships;
    DELETE FROM partnership_terms_delta;
    RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER apply_partner_rollups AFTER INSERT ON partner_rollups_staged
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION apply_partner_rollups();

-- Empties and refills the links and the rollup from the records while writers wait: this migration calls it, and so
-- may a bulk load that ran with the triggers disabled (./benchmark impact's seeder does).
CREATE FUNCTION refill_statistics_rollups() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    LOCK TABLE partnership, partnership_party IN SHARE MODE;
    DELETE FROM partnership_link;
    INSERT INTO partnership_link
    SELECT DISTINCT p.id, mine.organization_id, other.organization_id, p.term_starts_on, p.ends_on
    FROM partnership p
    JOIN partnership_party mine ON mine.partnership_id = p.id
    JOIN partnership_party other ON other.partnership_id = p.id AND other.organization_id <> mine.organization_id
    WHERE p.status IN ('ACTIVE', 'RENEWED');
    DELETE FROM partnership_terms_delta;
    DELETE FROM partnership_terms;
    INSERT INTO partnership_terms
    SELECT t.selection, t.bound, t.span, t.first_day, t.figure, t.key, sum(t.partnerships)
    FROM partnership p
    CROSS JOIN LATERAL partnership_term_rows(
        p.kind, p.status, p.sdg_goals, p.countries, p.regions, p.term_starts_on, p.ends_on, 1) t
    GROUP BY t.selection, t.bound, t.span, t.first_day, t.figure, t.key
    ORDER BY t.selection, t.bound, t.span, t.first_day, t.figure, t.key;
END $$;

SELECT refill_statistics_rollups();
