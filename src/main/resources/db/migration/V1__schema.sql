-- CPTS registry schema. Flyway owns it; Hibernate only validates.

-- Both are "trusted" extensions: a database owner without superuser rights can create them.
CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public;
CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;

-- Case-, accent-, apostrophe- and hyphen-insensitive form of a name, for `q` searches.
-- IMMUTABLE (the dictionary is named explicitly) so that it can back a generated column and an index.
CREATE FUNCTION cpts_search_text(t text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, translate(t, '’‘`-', ''''''' '))) $$;

-- Provenance of the reference geography.
CREATE TABLE geo_vintage (
    dataset         text PRIMARY KEY,
    package         text     NOT NULL,
    package_version text     NOT NULL,
    licence         text     NOT NULL,
    vintage         smallint NOT NULL
);

CREATE TABLE region (
    code varchar(3) PRIMARY KEY,
    name text       NOT NULL,
    zone varchar(8) NOT NULL CHECK (zone IN ('METRO', 'DROM', 'COM'))
);

CREATE TABLE department (
    code        varchar(3) PRIMARY KEY,
    name        text       NOT NULL,
    region_code varchar(3) NOT NULL REFERENCES region (code),
    zone        varchar(8) NOT NULL CHECK (zone IN ('METRO', 'DROM', 'COM'))
);
CREATE INDEX department_region_idx ON department (region_code);

-- A document every served fact comes from.
CREATE TABLE source (
    id              varchar(32) PRIMARY KEY,
    kind            varchar(32) NOT NULL CHECK (kind IN ('PRESS_RELEASE', 'NEWS_ARTICLE', 'OFFICIAL_DOCUMENT', 'OTHER')),
    title           text        NOT NULL,
    publisher       text        NOT NULL,
    publisher_basis text,
    published_on    date        NOT NULL,
    file_name       text,
    url             text,
    language        varchar(8)  NOT NULL DEFAULT 'fr',
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    version         bigint      NOT NULL DEFAULT 1
);

-- The ACI mission catalog (avenant 2, December 2021).
CREATE TABLE mission (
    code                   varchar(40) PRIMARY KEY,
    position               smallint    NOT NULL UNIQUE,
    category               varchar(16) NOT NULL CHECK (category IN ('SOCLE', 'OPTIONAL')),
    label_fr               text        NOT NULL,
    label_en               text        NOT NULL,
    start_months           smallint,
    full_deployment_months smallint
);

CREATE TABLE cpts (
    id                            varchar(32) PRIMARY KEY,
    name                          text        NOT NULL,
    search_name                   text GENERATED ALWAYS AS (cpts_search_text(name)) STORED,
    legal_form                    varchar(32) CHECK (legal_form IN ('ASSOCIATION', 'OTHER')),
    -- Latest lifecycle stage established by the sources; NULL when no source establishes one.
    status                        varchar(40) CHECK (status IN ('PRE_PROJECT', 'LETTER_OF_INTENT_VALIDATED',
                                                                'HEALTH_PROJECT_VALIDATED', 'ACI_SIGNED', 'DISSOLVED')),
    region_code                   varchar(3) REFERENCES region (code),
    launch_date                   date,
    launch_date_precision         varchar(16),
    launch_place                  text,
    launch_source_id              varchar(32) REFERENCES source (id),
    declared_population           integer CHECK (declared_population >= 0),
    declared_population_precision varchar(16),
    declared_population_source_id varchar(32) REFERENCES source (id),
    declared_commune_count        integer CHECK (declared_commune_count >= 0),
    declared_commune_precision    varchar(16),
    declared_commune_source_id    varchar(32) REFERENCES source (id),
    -- ACI size: 1 < 40,000 <= 2 < 80,000 <= 3 < 175,000 <= 4 inhabitants.
    size_category                 integer GENERATED ALWAYS AS (
        CASE
            WHEN declared_population IS NULL THEN NULL
            WHEN declared_population < 40000 THEN 1
            WHEN declared_population < 80000 THEN 2
            WHEN declared_population < 175000 THEN 3
            ELSE 4
        END) STORED,
    finess                        varchar(9),
    siret                         varchar(14),
    -- Descriptive facts, each element carrying its sourceId: partners, governance, indicators,
    -- priority populations, notes.
    partners                      jsonb       NOT NULL DEFAULT '[]',
    governance                    jsonb       NOT NULL DEFAULT '[]',
    indicators                    jsonb       NOT NULL DEFAULT '[]',
    priority_populations          jsonb       NOT NULL DEFAULT '[]',
    notes                         jsonb       NOT NULL DEFAULT '[]',
    created_at                    timestamptz NOT NULL DEFAULT now(),
    updated_at                    timestamptz NOT NULL DEFAULT now(),
    version                       bigint      NOT NULL DEFAULT 1,
    CONSTRAINT cpts_launch_date_precision CHECK (launch_date_precision IN ('DAY', 'MONTH', 'YEAR', 'ON_OR_BEFORE')),
    CONSTRAINT cpts_population_precision CHECK (declared_population_precision IN ('EXACT', 'AT_LEAST', 'ABOUT')),
    CONSTRAINT cpts_commune_precision CHECK (declared_commune_precision IN ('EXACT', 'AT_LEAST', 'ABOUT')),
    CONSTRAINT cpts_population_complete CHECK ((declared_population IS NULL) = (declared_population_precision IS NULL)
        AND (declared_population IS NULL) = (declared_population_source_id IS NULL)),
    CONSTRAINT cpts_commune_complete CHECK ((declared_commune_count IS NULL) = (declared_commune_precision IS NULL)
        AND (declared_commune_count IS NULL) = (declared_commune_source_id IS NULL))
);
CREATE INDEX cpts_search_name_trgm_idx ON cpts USING gin (search_name gin_trgm_ops);
CREATE INDEX cpts_sort_name_idx ON cpts (search_name, id);
CREATE INDEX cpts_status_idx ON cpts (status);
CREATE INDEX cpts_region_idx ON cpts (region_code);
CREATE INDEX cpts_size_category_idx ON cpts (size_category);

CREATE TABLE cpts_department (
    cpts_id         varchar(32) NOT NULL REFERENCES cpts (id),
    department_code varchar(3)  NOT NULL REFERENCES department (code),
    PRIMARY KEY (cpts_id, department_code)
);
CREATE INDEX cpts_department_department_idx ON cpts_department (department_code, cpts_id);

-- Every document that names the CPTS, with the words it uses.
CREATE TABLE cpts_mention (
    cpts_id   varchar(32) NOT NULL REFERENCES cpts (id),
    source_id varchar(32) NOT NULL REFERENCES source (id),
    quote     text        NOT NULL,
    PRIMARY KEY (cpts_id, source_id)
);
CREATE INDEX cpts_mention_source_idx ON cpts_mention (source_id);

CREATE TABLE lifecycle_event (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    cpts_id        varchar(32) NOT NULL REFERENCES cpts (id),
    stage          varchar(40) NOT NULL CHECK (stage IN ('PRE_PROJECT', 'LETTER_OF_INTENT_VALIDATED',
                                                         'HEALTH_PROJECT_VALIDATED', 'ACI_SIGNED', 'DISSOLVED')),
    occurred_on    date        NOT NULL,
    date_precision varchar(16) NOT NULL CHECK (date_precision IN ('DAY', 'MONTH', 'YEAR', 'ON_OR_BEFORE')),
    source_id      varchar(32) NOT NULL REFERENCES source (id),
    quote          text,
    UNIQUE (cpts_id, stage)
);

-- The tripartite ACI contract (CPTS / CPAM / ARS, sometimes MSA); 5 years from signature.
CREATE TABLE aci_contract (
    cpts_id                varchar(32) PRIMARY KEY REFERENCES cpts (id),
    signed_on              date        NOT NULL,
    signed_on_precision    varchar(16) NOT NULL CHECK (signed_on_precision IN ('DAY', 'MONTH', 'YEAR', 'ON_OR_BEFORE')),
    signed_place           text,
    source_id              varchar(32) NOT NULL REFERENCES source (id),
    quote                  text,
    note                   text
);
CREATE INDEX aci_contract_signed_on_idx ON aci_contract (signed_on);

CREATE TABLE contract_signatory (
    cpts_id  varchar(32) NOT NULL REFERENCES aci_contract (cpts_id),
    position smallint    NOT NULL,
    kind     varchar(16) NOT NULL CHECK (kind IN ('ARS', 'CPAM', 'MSA', 'CPTS', 'OTHER')),
    name     text        NOT NULL,
    PRIMARY KEY (cpts_id, position)
);

CREATE TABLE cpts_mission (
    cpts_id      varchar(32) NOT NULL REFERENCES cpts (id),
    mission_code varchar(40) NOT NULL REFERENCES mission (code),
    actions      text[]      NOT NULL DEFAULT '{}',
    note         text,
    source_id    varchar(32) NOT NULL REFERENCES source (id),
    quote        text,
    PRIMARY KEY (cpts_id, mission_code)
);
CREATE INDEX cpts_mission_mission_idx ON cpts_mission (mission_code, cpts_id);

-- Dated membership counts, each with the precision the source gives.
CREATE TABLE membership_snapshot (
    id                            varchar(32) PRIMARY KEY,
    cpts_id                       varchar(32) NOT NULL REFERENCES cpts (id),
    as_of                         date        NOT NULL,
    member_count                  integer     NOT NULL CHECK (member_count >= 0),
    member_count_precision        varchar(16) NOT NULL CHECK (member_count_precision IN ('EXACT', 'AT_LEAST', 'ABOUT')),
    counted                       text        NOT NULL,
    professions                   text[]      NOT NULL DEFAULT '{}',
    professions_complete          boolean     NOT NULL DEFAULT false,
    establishment_count           integer CHECK (establishment_count >= 0),
    establishment_count_precision varchar(16) CHECK (establishment_count_precision IN ('EXACT', 'AT_LEAST', 'ABOUT')),
    member_organisations          text[]      NOT NULL DEFAULT '{}',
    source_id                     varchar(32) NOT NULL REFERENCES source (id),
    quote                         text,
    created_at                    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT membership_establishment_complete
        CHECK ((establishment_count IS NULL) = (establishment_count_precision IS NULL))
);
CREATE INDEX membership_snapshot_cpts_idx ON membership_snapshot (cpts_id, as_of DESC, id);

-- Regional, departmental or area figures as the sources report them (not computed here).
CREATE TABLE reported_figure (
    id              varchar(32) PRIMARY KEY,
    scope_level     varchar(16) NOT NULL CHECK (scope_level IN ('NATIONAL', 'REGION', 'DEPARTMENT', 'AREA')),
    region_code     varchar(3) REFERENCES region (code),
    department_code varchar(3) REFERENCES department (code),
    area_name       text,
    metric          varchar(48) NOT NULL,
    value           integer     NOT NULL CHECK (value >= 0),
    precision       varchar(16) NOT NULL CHECK (precision IN ('EXACT', 'AT_LEAST', 'ABOUT')),
    as_of           date        NOT NULL,
    source_id       varchar(32) NOT NULL REFERENCES source (id),
    quote           text        NOT NULL,
    note            text,
    CONSTRAINT reported_figure_scope CHECK (
        (scope_level = 'NATIONAL' AND region_code IS NULL AND department_code IS NULL)
        OR (scope_level = 'REGION' AND region_code IS NOT NULL AND department_code IS NULL)
        OR (scope_level = 'DEPARTMENT' AND department_code IS NOT NULL)
        OR (scope_level = 'AREA' AND area_name IS NOT NULL))
);
CREATE INDEX reported_figure_region_idx ON reported_figure (region_code);
CREATE INDEX reported_figure_department_idx ON reported_figure (department_code);
