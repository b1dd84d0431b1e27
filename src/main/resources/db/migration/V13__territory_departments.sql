-- The departments a CPTS's recorded communes lie in. A CPTS may straddle two (the CPTS du Pays d'Héricourt has three
-- of its communes in the Doubs): kept with the commune list, like its population, so that ?department= and the
-- coverage of each department find it.
ALTER TABLE cpts ADD COLUMN territory_departments varchar(3)[];

UPDATE cpts c
SET territory_departments = coalesce((SELECT array_agg(DISTINCT m.department_code ORDER BY m.department_code)
                                      FROM cpts_commune cc JOIN commune m ON m.code = cc.commune_code
                                      WHERE cc.cpts_id = c.id), '{}')
WHERE c.territory_basis IS NOT NULL;

ALTER TABLE cpts ADD CONSTRAINT cpts_territory_departments
    CHECK ((territory_basis IS NULL) = (territory_departments IS NULL));

CREATE INDEX cpts_territory_departments_idx ON cpts USING gin (territory_departments);

-- Every department a CPTS is in: those its sources place it in, and those of its recorded communes.
CREATE VIEW cpts_in_department AS
SELECT cpts_id, department_code FROM cpts_department
UNION
SELECT c.id, unnest(c.territory_departments) FROM cpts c WHERE c.territory_departments IS NOT NULL;
