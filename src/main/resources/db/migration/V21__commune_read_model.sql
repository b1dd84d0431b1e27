-- Each commune's representation as GET /v1/communes/{code} serves it (issue 13), kept ready as the CPTS's are (V16):
-- a read is one indexed fetch of the bytes it sends instead of the commune, its parent, districts, former communes,
-- EPCI and covering CPTS gathered at each request. fr.cpts.registry.territory.CommuneReadModel writes the rows; a row
-- serves only when its format is the reader's and no committed change made it stale: otherwise the commune is
-- computed, as before. A row exists for every commune (a null representation: not stored yet), so that a write
-- can lock it before it computes it.
CREATE TABLE commune_read_model (
    commune_code   varchar(5) PRIMARY KEY REFERENCES commune (code) ON DELETE CASCADE,
    format         integer    NOT NULL DEFAULT 0,
    representation bytea
);
INSERT INTO commune_read_model (commune_code) SELECT code FROM commune;

-- Communes whose covering CPTS a change made stale: readers compute those; take_stale_communes() hands them to the
-- write that stores them again before it commits. Written by triggers, so that any change (the API, a migration, a
-- manual fix) is accounted for.
CREATE TABLE commune_stale (
    commune_code varchar(5) NOT NULL
);
CREATE INDEX commune_stale_code_idx ON commune_stale (commune_code);

-- The communes whose representation names a CPTS listing one of these codes: the commune itself (FULL), its
-- municipal districts (FULL, through their commune) and the commune it is a district of (PARTIAL).
CREATE FUNCTION communes_showing(listed varchar[]) RETURNS SETOF varchar
    LANGUAGE sql STABLE
AS $$
SELECT code FROM commune WHERE code = ANY (listed)
UNION
SELECT code FROM commune WHERE parent_code = ANY (listed)
UNION
SELECT parent_code FROM commune WHERE code = ANY (listed) AND parent_code IS NOT NULL
$$;

-- A commune added to or removed from a CPTS's recorded territory.
CREATE FUNCTION commune_listing_changed() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    INSERT INTO commune_stale (commune_code)
    SELECT code FROM communes_showing(ARRAY(SELECT DISTINCT commune_code FROM changed_communes)) code;
    RETURN NULL;
END
$$;
CREATE TRIGGER cpts_commune_added_commune AFTER INSERT ON cpts_commune
    REFERENCING NEW TABLE AS changed_communes FOR EACH STATEMENT EXECUTE FUNCTION commune_listing_changed();
CREATE TRIGGER cpts_commune_removed_commune AFTER DELETE ON cpts_commune
    REFERENCING OLD TABLE AS changed_communes FOR EACH STATEMENT EXECUTE FUNCTION commune_listing_changed();

-- What a commune shows of a CPTS covering it: its name, its status, whether it is deleted.
CREATE FUNCTION commune_cpts_changed() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    INSERT INTO commune_stale (commune_code)
    SELECT code FROM communes_showing(ARRAY(
        SELECT DISTINCT cc.commune_code
        FROM old_cpts o
        JOIN new_cpts n ON n.id = o.id
        JOIN cpts_commune cc ON cc.cpts_id = n.id
        WHERE (o.name, o.status, o.removed_at) IS DISTINCT FROM (n.name, n.status, n.removed_at))) code;
    RETURN NULL;
END
$$;
CREATE TRIGGER cpts_commune_view AFTER UPDATE ON cpts
    REFERENCING OLD TABLE AS old_cpts NEW TABLE AS new_cpts FOR EACH STATEMENT EXECUTE FUNCTION commune_cpts_changed();

-- The reference geography a commune shows (a new vintage, loaded by a migration): every stored commune is computed
-- until stored again.
CREATE FUNCTION commune_reference_changed() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    UPDATE commune_read_model SET representation = NULL WHERE representation IS NOT NULL;
    RETURN NULL;
END
$$;
CREATE TRIGGER commune_reference AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON commune
    FOR EACH STATEMENT EXECUTE FUNCTION commune_reference_changed();
CREATE TRIGGER former_commune_reference AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON former_commune
    FOR EACH STATEMENT EXECUTE FUNCTION commune_reference_changed();
CREATE TRIGGER epci_reference AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON epci
    FOR EACH STATEMENT EXECUTE FUNCTION commune_reference_changed();
CREATE TRIGGER epci_member_reference AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON epci_member
    FOR EACH STATEMENT EXECUTE FUNCTION commune_reference_changed();
CREATE TRIGGER department_reference AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON department
    FOR EACH STATEMENT EXECUTE FUNCTION commune_reference_changed();
CREATE TRIGGER region_reference AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON region
    FOR EACH STATEMENT EXECUTE FUNCTION commune_reference_changed();

-- Takes the stale communes this transaction sees, locks their rows (in code order: no deadlock between two writes)
-- and returns their codes, for the caller to compute and store in later statements: of two transactions changing
-- one commune, the second computes it after the first committed and sees its change.
CREATE FUNCTION take_stale_communes() RETURNS varchar[]
    LANGUAGE plpgsql
AS $$
DECLARE
    stale varchar[];
BEGIN
    WITH done AS (DELETE FROM commune_stale RETURNING commune_code)
    SELECT array_agg(DISTINCT commune_code) INTO stale FROM done;
    IF stale IS NULL THEN
        RETURN '{}';
    END IF;
    PERFORM 1 FROM commune_read_model WHERE commune_code = ANY (stale) ORDER BY commune_code FOR UPDATE;
    RETURN stale;
END
$$;
