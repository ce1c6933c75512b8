-- A partnership with no startsOn, signing or activation date starts its term on the day it was created, in UTC
-- (issue 18, review R12). V6 cast created_at (TIMESTAMPTZ) to a date in the writing session's time zone, while the
-- statistics' recount casts it in the reading session's: a writer in another zone froze a day the recount does not
-- find, and the rollup no longer equalled it. The day is now the same for every session.
CREATE OR REPLACE FUNCTION partnership_term_starts_on() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.term_starts_on := coalesce(NEW.starts_on, NEW.signed_on, NEW.activated_on,
                                   CAST(NEW.created_at AT TIME ZONE 'UTC' AS date));
    RETURN NEW;
END $$;

UPDATE partnership SET term_starts_on = coalesce(starts_on, signed_on, activated_on, CAST(created_at AT TIME ZONE 'UTC' AS date))
WHERE term_starts_on IS DISTINCT FROM coalesce(starts_on, signed_on, activated_on, CAST(created_at AT TIME ZONE 'UTC' AS date));

SELECT refill_statistics_rollups();
