-- The codes under which a CPTS's commune list names a commune: the commune itself, its municipal districts, or, for a
-- district, its commune. The one definition of "a CPTS lists this commune", for the commune filters of the JSON API
-- (?commune=) and of the FHIR view; a SQL function with one query, which the planner inlines (index lookups).
CREATE FUNCTION commune_listed_as(commune_code varchar) RETURNS SETOF varchar
    LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT m.code FROM commune m WHERE m.code = commune_code OR m.parent_code = commune_code
    UNION ALL
    SELECT x.parent_code FROM commune x WHERE x.code = commune_code AND x.parent_code IS NOT NULL
$$;
