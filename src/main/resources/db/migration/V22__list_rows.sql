-- A list page reads only the CPTS rows its index walks (issue 13): the summary it sends and the missions it filters
-- on are kept on the row, instead of an index lookup into cpts_read_model and one into cpts_mission for each row of
-- the page (a third to two thirds of PostgreSQL's time for a page of 50, by filter).

-- The summary, for the version and format it was made for (as cpts_read_model's detail): a summary whose version or
-- format is not the current one is never served (fr.cpts.registry.cpts.CptsReadModel writes both with every write).
ALTER TABLE cpts ADD COLUMN summary bytea, ADD COLUMN summary_version bigint, ADD COLUMN summary_format integer;
UPDATE cpts c SET summary = v.summary, summary_version = v.version, summary_format = v.format
FROM cpts_read_model v WHERE v.cpts_id = c.id;
-- The previous release reads cpts_read_model.summary while this one rolls out (and after a rollback): this release
-- writes it null, which that code computes instead of serving. Drop the column in a later release (docs/deploy.md,
-- "Database migrations").
ALTER TABLE cpts_read_model ALTER COLUMN summary DROP NOT NULL;

-- The codes of the missions the CPTS carries, kept by triggers so that every write keeps them, through the API or not
-- (as aci_signed_on, V18).
ALTER TABLE cpts ADD COLUMN mission_codes varchar(40)[] NOT NULL DEFAULT '{}';
UPDATE cpts c SET mission_codes = ARRAY(SELECT m.mission_code FROM cpts_mission m WHERE m.cpts_id = c.id
                                        ORDER BY m.mission_code)
WHERE EXISTS (SELECT 1 FROM cpts_mission m WHERE m.cpts_id = c.id);

CREATE FUNCTION cpts_keep_mission_codes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE cpts c SET mission_codes = k.codes
    FROM (SELECT DISTINCT t.cpts_id,
                 ARRAY(SELECT m.mission_code FROM cpts_mission m WHERE m.cpts_id = t.cpts_id
                       ORDER BY m.mission_code)::varchar(40)[] AS codes
          FROM changed_missions t) k
    WHERE c.id = k.cpts_id AND c.mission_codes IS DISTINCT FROM k.codes;
    RETURN NULL;
END $$;
CREATE TRIGGER cpts_mission_added_codes AFTER INSERT ON cpts_mission
    REFERENCING NEW TABLE AS changed_missions FOR EACH STATEMENT EXECUTE FUNCTION cpts_keep_mission_codes();
CREATE TRIGGER cpts_mission_removed_codes AFTER DELETE ON cpts_mission
    REFERENCING OLD TABLE AS changed_missions FOR EACH STATEMENT EXECUTE FUNCTION cpts_keep_mission_codes();
CREATE TRIGGER cpts_mission_left_codes AFTER UPDATE ON cpts_mission
    REFERENCING OLD TABLE AS changed_missions FOR EACH STATEMENT EXECUTE FUNCTION cpts_keep_mission_codes();
CREATE TRIGGER cpts_mission_joined_codes AFTER UPDATE ON cpts_mission
    REFERENCING NEW TABLE AS changed_missions FOR EACH STATEMENT EXECUTE FUNCTION cpts_keep_mission_codes();
