-- Every order of a CPTS list walks an index from its cursor instead of sorting every CPTS for each page.
-- The contract's signature date, the key of the aciSignedOn orders, is kept on the CPTS row (the list no longer joins
-- the contracts), by a trigger so that every write keeps it, through the API or not.
ALTER TABLE cpts ADD COLUMN aci_signed_on date;
UPDATE cpts c SET aci_signed_on = k.signed_on FROM aci_contract k WHERE k.cpts_id = c.id;

CREATE FUNCTION cpts_keep_aci_signed_on() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND OLD.cpts_id <> NEW.cpts_id) THEN
        UPDATE cpts SET aci_signed_on = NULL WHERE id = OLD.cpts_id AND aci_signed_on IS NOT NULL;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        UPDATE cpts SET aci_signed_on = NEW.signed_on
        WHERE id = NEW.cpts_id AND aci_signed_on IS DISTINCT FROM NEW.signed_on;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER aci_contract_signed_on AFTER INSERT OR DELETE OR UPDATE OF cpts_id, signed_on ON aci_contract
    FOR EACH ROW EXECUTE FUNCTION cpts_keep_aci_signed_on();

-- Descending orders break ties by id descending too, so that they walk these indexes backwards; nulls (no contract)
-- come last in both directions, hence one index per direction for the date.
CREATE INDEX cpts_signed_on_idx ON cpts (aci_signed_on ASC NULLS LAST, id ASC) WHERE removed_at IS NULL;
CREATE INDEX cpts_signed_on_desc_idx ON cpts (aci_signed_on DESC NULLS LAST, id DESC) WHERE removed_at IS NULL;
-- The signature-date filters and orders now read the CPTS rows: the contracts' own date index only cost writes.
DROP INDEX aci_contract_signed_on_idx;
