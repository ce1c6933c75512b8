-- The days the steps of a deployment happened, as partnerships record theirs: arrival (ACTIVE) and return (COMPLETED).
ALTER TABLE deployment ADD COLUMN arrived_on DATE;
ALTER TABLE deployment ADD COLUMN completed_on DATE;
