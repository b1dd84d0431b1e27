-- Territory: INSEE communes and EPCI (reference geography, vintage 2026), and the communes of each CPTS.

-- The LIKE pattern finding a search text anywhere in a search_name, wildcards in the text taken literally.
CREATE FUNCTION cpts_search_pattern(q text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$ SELECT '%' || replace(replace(replace(cpts_search_text(q), '\', '\\'), '%', '\%'), '_', '\_') || '%' $$;

CREATE TABLE commune (
    code            varchar(5) PRIMARY KEY,
    name            text        NOT NULL,
    search_name     text GENERATED ALWAYS AS (cpts_search_text(name)) STORED,
    -- COMMUNE: a current commune. MUNICIPAL_DISTRICT: an arrondissement of Paris, Lyon or Marseille, whose
    -- populations add up to their commune's; never counted twice.
    kind            varchar(24) NOT NULL CHECK (kind IN ('COMMUNE', 'MUNICIPAL_DISTRICT')),
    parent_code     varchar(5) REFERENCES commune (code),
    department_code varchar(3)  NOT NULL REFERENCES department (code),
    region_code     varchar(3)  NOT NULL REFERENCES region (code),
    -- Municipal population (INSEE); NULL for the uninhabited overseas territories.
    population      integer CHECK (population >= 0),
    postal_codes    text[]      NOT NULL DEFAULT '{}',
    CONSTRAINT commune_district_parent CHECK ((kind = 'MUNICIPAL_DISTRICT') = (parent_code IS NOT NULL))
);
CREATE INDEX commune_postal_codes_idx ON commune USING gin (postal_codes);
CREATE INDEX commune_search_name_trgm_idx ON commune USING gin (search_name gin_trgm_ops);
CREATE INDEX commune_sort_idx ON commune (search_name, code);
CREATE INDEX commune_department_idx ON commune (department_code);
CREATE INDEX commune_region_idx ON commune (region_code);
CREATE INDEX commune_parent_idx ON commune (parent_code) WHERE parent_code IS NOT NULL;

-- Former communes merged into a current one (communes déléguées and associées). A code can be both a current
-- commune and one of its delegated communes.
CREATE TABLE former_commune (
    code        varchar(5)  NOT NULL,
    kind        varchar(24) NOT NULL CHECK (kind IN ('DELEGATED_COMMUNE', 'ASSOCIATED_COMMUNE')),
    name        text        NOT NULL,
    parent_code varchar(5)  NOT NULL REFERENCES commune (code),
    PRIMARY KEY (code, kind)
);
CREATE INDEX former_commune_parent_idx ON former_commune (parent_code);

CREATE TABLE epci (
    code varchar(9) PRIMARY KEY,
    name text       NOT NULL,
    kind varchar(8) NOT NULL
);

CREATE TABLE epci_member (
    epci_code    varchar(9) NOT NULL REFERENCES epci (code),
    commune_code varchar(5) NOT NULL REFERENCES commune (code),
    PRIMARY KEY (epci_code, commune_code)
);
CREATE INDEX epci_member_commune_idx ON epci_member (commune_code);

-- The communes of a CPTS, where the sources make them certain. Members are communes or municipal districts.
CREATE TABLE cpts_commune (
    cpts_id      varchar(32) NOT NULL REFERENCES cpts (id),
    commune_code varchar(5)  NOT NULL REFERENCES commune (code),
    PRIMARY KEY (cpts_id, commune_code)
);
CREATE INDEX cpts_commune_commune_idx ON cpts_commune (commune_code, cpts_id);

-- How the commune list was established, and the figures computed from it (kept with the list, in one transaction).
ALTER TABLE cpts
    ADD COLUMN territory_basis         text,
    ADD COLUMN territory_epci_code     varchar(9) REFERENCES epci (code),
    ADD COLUMN territory_source_id     varchar(32) REFERENCES source (id),
    ADD COLUMN territory_quote         text,
    ADD COLUMN territory_population    integer CHECK (territory_population >= 0),
    ADD COLUMN territory_commune_count integer CHECK (territory_commune_count >= 0),
    ADD COLUMN territory_vintage       smallint,
    ADD CONSTRAINT cpts_territory_complete CHECK ((territory_basis IS NULL) = (territory_population IS NULL)
        AND (territory_population IS NULL) = (territory_commune_count IS NULL)
        AND (territory_population IS NULL) = (territory_vintage IS NULL));

-- The ACI size now comes from the computed population when the commune list is known, else from the declared one.
DROP INDEX cpts_size_category_idx;
ALTER TABLE cpts DROP COLUMN size_category;
ALTER TABLE cpts ADD COLUMN size_category integer GENERATED ALWAYS AS (
    CASE
        WHEN coalesce(territory_population, declared_population) IS NULL THEN NULL
        WHEN coalesce(territory_population, declared_population) < 40000 THEN 1
        WHEN coalesce(territory_population, declared_population) < 80000 THEN 2
        WHEN coalesce(territory_population, declared_population) < 175000 THEN 3
        ELSE 4
    END) STORED;
CREATE INDEX cpts_size_category_idx ON cpts (size_category);

-- Coverage is counted on units that never overlap: communes without municipal districts, and the districts of
-- Paris, Lyon and Marseille.
CREATE VIEW coverage_unit AS
SELECT c.code, c.department_code, c.region_code, coalesce(c.population, 0) AS population
FROM commune c
WHERE c.kind = 'MUNICIPAL_DISTRICT'
   OR NOT EXISTS (SELECT 1 FROM commune d WHERE d.parent_code = c.code);

-- The units each CPTS covers: a commune with districts listed whole covers all its districts.
CREATE VIEW cpts_unit AS
SELECT cc.cpts_id, coalesce(d.code, cc.commune_code) AS unit_code
FROM cpts_commune cc
LEFT JOIN commune d ON d.parent_code = cc.commune_code;
