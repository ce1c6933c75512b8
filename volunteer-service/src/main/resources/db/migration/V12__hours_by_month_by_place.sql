-- The statistics read hours_by_month by place: country '*' (any) without a filter, else the country or the region's
-- countries, for every goal when broken down by SDG. The key leads with the goal, so those reads scanned the whole
-- rollup (215k rows at the impact benchmark's 1M hour entries: 40 ms of every impact request, issue 18).
CREATE INDEX hours_by_month_place ON hours_by_month (country, sdg, month);
