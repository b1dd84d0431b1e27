-- The departments' coverage figures as they are now: those the writes keep (V16), and those a change made stale
-- computed live until refresh_coverage() brings them up to date. A function, so that a read finding nothing stale
-- (nearly every read) scans the kept rows alone: written as one query, the live branch's plan (units, recorded
-- communes, CPTS) was set up at every execution, stale or not, and cost three times the scan (0.38 against 0.11 ms a
-- national coverage). STABLE: its queries see the snapshot of the statement that calls it, so that the figures agree
-- with the rest of that statement.
CREATE FUNCTION coverage_department_now() RETURNS SETOF coverage_department
    LANGUAGE plpgsql STABLE
AS $$
DECLARE
    stale varchar[];
BEGIN
    SELECT array_agg(DISTINCT department_code) INTO stale FROM coverage_stale;
    IF stale IS NULL THEN
        RETURN QUERY SELECT * FROM coverage_department;
    ELSE
        RETURN QUERY
            SELECT * FROM coverage_department WHERE department_code <> ALL (stale)
            UNION ALL
            SELECT f.department_code::varchar(3), f.region_code::varchar(3), f.units::integer, f.population,
                   f.covered_units::integer, f.covered_population, f.overlapping_units::integer,
                   f.overlapping_population
            FROM coverage_figures(stale) f;
    END IF;
END
$$;
