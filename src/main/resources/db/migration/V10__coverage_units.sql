-- Coverage queries scan every unit of France: narrow tables derived once from the reference communes replace the
-- views of V7 (a new vintage of the reference geography must refill them).

DROP VIEW cpts_unit;
DROP VIEW coverage_unit;

-- Units that never overlap: communes without municipal districts, and the districts of Paris, Lyon and Marseille.
CREATE TABLE coverage_unit (
    code            varchar(5) PRIMARY KEY REFERENCES commune (code),
    department_code varchar(3) NOT NULL REFERENCES department (code),
    region_code     varchar(3) NOT NULL REFERENCES region (code),
    population      integer    NOT NULL CHECK (population >= 0)
);
INSERT INTO coverage_unit (code, department_code, region_code, population)
SELECT c.code, c.department_code, c.region_code, coalesce(c.population, 0)
FROM commune c
WHERE c.kind = 'MUNICIPAL_DISTRICT'
   OR NOT EXISTS (SELECT 1 FROM commune d WHERE d.parent_code = c.code);
CREATE INDEX coverage_unit_department_idx ON coverage_unit (department_code);
CREATE INDEX coverage_unit_region_idx ON coverage_unit (region_code);

-- The units a commune listed in a territory stands for: itself, or all its districts.
CREATE TABLE commune_unit (
    commune_code varchar(5) NOT NULL REFERENCES commune (code),
    unit_code    varchar(5) NOT NULL REFERENCES coverage_unit (code),
    PRIMARY KEY (commune_code, unit_code)
);
INSERT INTO commune_unit (commune_code, unit_code)
SELECT c.code, coalesce(d.code, c.code)
FROM commune c
LEFT JOIN commune d ON d.parent_code = c.code;
CREATE INDEX commune_unit_unit_idx ON commune_unit (unit_code, commune_code);

CREATE VIEW cpts_unit AS
SELECT cc.cpts_id, cu.unit_code
FROM cpts_commune cc
JOIN commune_unit cu ON cu.commune_code = cc.commune_code;
