-- Read model (issue 13): what reads serve, kept ready by the writes that change it, in their own transaction.

-- Each CPTS's representations as the API serves them, for the version they show: its detail, and its summary (list
-- pages, exports). fr.cpts.registry.cpts.CptsReadModel writes them with every write; a row whose version or format
-- is not current is ignored (the representation is computed) until it is refreshed, so a change made outside the
-- API, or a new format, is never served stale.
CREATE TABLE cpts_read_model (
    cpts_id varchar(32) PRIMARY KEY REFERENCES cpts (id),
    version bigint      NOT NULL,
    format  integer     NOT NULL,
    detail  bytea       NOT NULL,
    summary bytea       NOT NULL
);

-- Coverage figures of each department: units, population, units covered by an ACI-signed CPTS's recorded communes
-- and their population, units covered more than once and their population. Units never straddle departments, so a
-- region's and the country's figures are sums of these rows.
CREATE TABLE coverage_department (
    department_code        varchar(3) PRIMARY KEY REFERENCES department (code),
    region_code            varchar(3) NOT NULL REFERENCES region (code),
    units                  integer    NOT NULL,
    population             bigint     NOT NULL,
    covered_units          integer    NOT NULL,
    covered_population     bigint     NOT NULL,
    overlapping_units      integer    NOT NULL,
    overlapping_population bigint     NOT NULL
);
CREATE INDEX coverage_department_region_idx ON coverage_department (region_code);

-- Departments whose figures a committed change made stale: readers compute those live; refresh_coverage() brings
-- them up to date. Written by triggers, so that any change (the API, a migration, a manual fix) is accounted for.
CREATE TABLE coverage_stale (
    department_code varchar(3) NOT NULL
);

-- The figures of the given departments (all when null), computed from the units and the recorded communes.
CREATE FUNCTION coverage_figures(departments varchar[])
    RETURNS TABLE (department_code varchar, region_code varchar, units bigint, population bigint,
                   covered_units bigint, covered_population bigint, overlapping_units bigint,
                   overlapping_population bigint)
    LANGUAGE sql STABLE
AS $$
SELECT u.department_code, min(u.region_code), count(*), sum(u.population),
       count(o.unit_code), coalesce(sum(u.population) FILTER (WHERE o.unit_code IS NOT NULL), 0),
       count(*) FILTER (WHERE o.cpts > 1), coalesce(sum(u.population) FILTER (WHERE o.cpts > 1), 0)
FROM coverage_unit u
LEFT JOIN (
    SELECT cu.unit_code, count(*) AS cpts
    FROM cpts_commune cc
    JOIN cpts c ON c.id = cc.cpts_id AND c.status = 'ACI_SIGNED' AND c.removed_at IS NULL
    JOIN commune_unit cu ON cu.commune_code = cc.commune_code
    JOIN coverage_unit f ON f.code = cu.unit_code AND (departments IS NULL OR f.department_code = ANY (departments))
    GROUP BY cu.unit_code) o ON o.unit_code = u.code
WHERE departments IS NULL OR u.department_code = ANY (departments)
GROUP BY u.department_code
$$;

-- Brings the stale departments this transaction sees up to date; returns how many. Their rows are locked (in code order: no deadlock
-- between two refreshes) before the figures are computed, in a later statement, so that of two transactions
-- changing one department the second computes after the first committed and sees its change.
CREATE FUNCTION refresh_coverage() RETURNS integer
    LANGUAGE plpgsql
AS $$
DECLARE
    stale varchar[];
BEGIN
    WITH done AS (DELETE FROM coverage_stale RETURNING department_code)
    SELECT array_agg(DISTINCT department_code) INTO stale FROM done;
    IF stale IS NULL THEN
        RETURN 0;
    END IF;
    PERFORM 1 FROM coverage_department WHERE department_code = ANY (stale) ORDER BY department_code FOR UPDATE;
    UPDATE coverage_department d
    SET units = f.units, population = f.population, covered_units = f.covered_units,
        covered_population = f.covered_population, overlapping_units = f.overlapping_units,
        overlapping_population = f.overlapping_population
    FROM coverage_figures(stale) f
    WHERE d.department_code = f.department_code;
    RETURN cardinality(stale);
END
$$;

INSERT INTO coverage_department
SELECT * FROM coverage_figures(NULL);

-- A recorded commune added or removed changes the departments of its units, when its CPTS is operating.
CREATE FUNCTION coverage_communes_changed() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    INSERT INTO coverage_stale (department_code)
    SELECT DISTINCT u.department_code
    FROM changed_communes cc
    JOIN cpts c ON c.id = cc.cpts_id AND c.status = 'ACI_SIGNED' AND c.removed_at IS NULL
    JOIN commune_unit cu ON cu.commune_code = cc.commune_code
    JOIN coverage_unit u ON u.code = cu.unit_code;
    RETURN NULL;
END
$$;
CREATE TRIGGER cpts_commune_added_coverage AFTER INSERT ON cpts_commune
    REFERENCING NEW TABLE AS changed_communes FOR EACH STATEMENT EXECUTE FUNCTION coverage_communes_changed();
CREATE TRIGGER cpts_commune_removed_coverage AFTER DELETE ON cpts_commune
    REFERENCING OLD TABLE AS changed_communes FOR EACH STATEMENT EXECUTE FUNCTION coverage_communes_changed();

-- A CPTS entering or leaving the operating CPTS (its status, its removal) changes the departments of its communes.
CREATE FUNCTION coverage_cpts_changed() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    INSERT INTO coverage_stale (department_code)
    SELECT DISTINCT d
    FROM old_cpts o
    JOIN new_cpts n ON n.id = o.id
    CROSS JOIN LATERAL unnest(coalesce(o.territory_departments, '{}') || coalesce(n.territory_departments, '{}')) d
    WHERE (coalesce(o.status = 'ACI_SIGNED', false) AND o.removed_at IS NULL)
       <> (coalesce(n.status = 'ACI_SIGNED', false) AND n.removed_at IS NULL);
    RETURN NULL;
END
$$;
CREATE TRIGGER cpts_coverage AFTER UPDATE ON cpts
    REFERENCING OLD TABLE AS old_cpts NEW TABLE AS new_cpts FOR EACH STATEMENT EXECUTE FUNCTION coverage_cpts_changed();
