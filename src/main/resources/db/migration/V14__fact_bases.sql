-- How each fact is known: STATED by its source, DERIVED by the registry from stated values (with the rule), or
-- INFERRED from what the source says without its stating it (with the reasoning). The facts recorded before this
-- migration were stated unless set below; the readings below are those the seed notes already gave in prose.

-- Facts a source gives: STATED, or INFERRED with the reasoning.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['lifecycle_event', 'aci_contract', 'cpts_department', 'cpts_mission']
    LOOP
        EXECUTE format('ALTER TABLE %I '
                       'ADD COLUMN basis varchar(16) NOT NULL DEFAULT ''STATED'' CHECK (basis IN (''STATED'', ''INFERRED'')), '
                       'ADD COLUMN basis_reason text, '
                       'ADD CONSTRAINT %I CHECK ((basis = ''STATED'') = (basis_reason IS NULL))', t, t || '_basis_reason');
    END LOOP;
END
$$;

-- The date a membership count holds at: stated, or the publication date of a source reporting it in the present.
ALTER TABLE membership_snapshot
    ADD COLUMN as_of_basis        varchar(16) NOT NULL DEFAULT 'STATED' CHECK (as_of_basis IN ('STATED', 'DERIVED')),
    ADD COLUMN as_of_basis_reason text,
    ADD CONSTRAINT membership_snapshot_as_of_basis_reason CHECK ((as_of_basis = 'STATED') = (as_of_basis_reason IS NULL));

-- A commune list: STATED when the source lists the communes, INFERRED when it is read from what the source says.
ALTER TABLE cpts ADD COLUMN territory_basis_kind varchar(16) CHECK (territory_basis_kind IN ('STATED', 'INFERRED'));
UPDATE cpts SET territory_basis_kind = 'STATED' WHERE territory_basis IS NOT NULL;
-- The seed lists are the communes of an EPCI the sources point to without listing them (V9's basis gives the reading).
UPDATE cpts SET territory_basis_kind = 'INFERRED' WHERE id IN ('cpts_18nn34zvb449', 'cpts_fqgmb7d998ve');
ALTER TABLE cpts ADD CONSTRAINT cpts_territory_basis_kind CHECK ((territory_basis IS NULL) = (territory_basis_kind IS NULL));

-- The status is the latest lifecycle stage: DERIVED from it, INFERRED when that stage is.
ALTER TABLE cpts ADD COLUMN status_basis varchar(16) CHECK (status_basis IN ('DERIVED', 'INFERRED'));

-- ---------------------------------------------------------------------------------------------------------
-- Seed facts that are inferred
-- ---------------------------------------------------------------------------------------------------------
-- Official launches read as the signature of the ACI contract (the stage and the contract).
CREATE TEMPORARY TABLE seed_inferred_contract (cpts_id text, reason text) ON COMMIT DROP;
INSERT INTO seed_inferred_contract VALUES
  ('cpts_fqgmb7d998ve',
   'The release reports that the professionals, the ARS, the CPAM de Haute-Saône and the MSA officially launched the '
   || 'CPTS that day («ont lancé officiellement», «a été officialisée»); it does not name the ACI contract. A launch by '
   || 'these parties is read as the signature of the contract.'),
  ('cpts_m1j6r9kf168s',
   'The article reports that the professionals, the ARS, the CPAM du Doubs and the MSA «ont signé officiellement» the '
   || 'CPTS''s project that day; it does not name the ACI contract. That signature by these parties is read as the '
   || 'contract''s.'),
  ('cpts_sgbwxjkqfe68',
   'The article reports that the CPAM, the ARS and the Pays Horloger «ont officialisé l''existence» of the CPTS that '
   || 'day; it does not name the ACI contract. That official launch is read as the signature of the contract.');

UPDATE lifecycle_event e SET basis = 'INFERRED', basis_reason = s.reason
FROM seed_inferred_contract s WHERE e.cpts_id = s.cpts_id AND e.stage = 'ACI_SIGNED';
UPDATE aci_contract k SET basis = 'INFERRED', basis_reason = s.reason
FROM seed_inferred_contract s WHERE k.cpts_id = s.cpts_id;

-- Work towards a CPTS before its letter of intent, read as the pre-project stage.
UPDATE lifecycle_event SET basis = 'INFERRED', basis_reason =
    'The article reports that the professionals began thinking about creating their CPTS in 2019 («ont lancé dès 2019, '
    || 'une réflexion sur la création de leur CPTS»); that work is read as the pre-project stage.'
WHERE cpts_id = 'cpts_sgbwxjkqfe68' AND stage = 'PRE_PROJECT';
UPDATE lifecycle_event SET basis = 'INFERRED', basis_reason =
    'The article reports that the professionals have worked towards the CPTS since December 2019 («Depuis décembre '
    || '2019, ils sont engagés pour faire aboutir cette forme d''organisation des soins»); that work is read as the '
    || 'pre-project stage.'
WHERE cpts_id = 'cpts_18nn34zvb449' AND stage = 'PRE_PROJECT';

-- Departments read from a department-level body among the parties, or from the CPTS's name.
UPDATE cpts_department SET basis = 'INFERRED', basis_reason =
    'The release names the CPAM du Doubs among the signatories, and Pontarlier, in the Doubs, as the place.'
WHERE cpts_id = 'cpts_brm8fw4n0fec' AND department_code = '25';
UPDATE cpts_department SET basis = 'INFERRED', basis_reason =
    'The release names the CPAM de Haute-Saône among the parties launching the CPTS.'
WHERE cpts_id = 'cpts_fqgmb7d998ve' AND department_code = '70';
UPDATE cpts_department SET basis = 'INFERRED', basis_reason =
    'The article names the CPAM du Doubs among the signatories.'
WHERE cpts_id = 'cpts_m1j6r9kf168s' AND department_code = '25';
UPDATE cpts_department SET basis = 'INFERRED', basis_reason =
    'The release gives no department for this CPTS; it is read from its name.'
WHERE (cpts_id, department_code) IN (('cpts_zw22dnhfhw54', '58'), ('cpts_evxbc3zddpj8', '71'));

-- Crisis actions of 2020, before avenant 2 (December 2021) made crisis response an ACI mission.
UPDATE cpts_mission SET basis = 'INFERRED', basis_reason =
    'The release reports the organisations the CPTS set up in the 2020 health crisis, before avenant 2 (December 2021) '
    || 'made crisis response an ACI mission; they are read as that mission.'
WHERE cpts_id = 'cpts_brm8fw4n0fec' AND mission_code = 'HEALTH_CRISIS_RESPONSE';

-- The seed counts and indicators are dated with the publication date of their source, which reports them in the present.
UPDATE membership_snapshot SET as_of_basis = 'DERIVED', as_of_basis_reason =
    'The publication date of the source, which reports the count in the present tense.'
WHERE id IN ('mem_kyvqbc7ygwjw', 'mem_evjkvm8mcb5q', 'mem_tga5bh2dfawn', 'mem_r5g7tqb7artp', 'mem_03yh5sftz2m4');
UPDATE cpts SET indicators = (
    SELECT jsonb_agg(i || '{"asOfBasis": "DERIVED", "asOfBasisReason": "The publication date of the source, which reports the indicator in the present tense."}'::jsonb)
    FROM jsonb_array_elements(indicators) i)
WHERE id IN ('cpts_fqgmb7d998ve', 'cpts_m1j6r9kf168s');

UPDATE cpts c SET status_basis = CASE WHEN e.basis = 'INFERRED' THEN 'INFERRED' ELSE 'DERIVED' END
FROM lifecycle_event e WHERE e.cpts_id = c.id AND e.stage = c.status;
-- A status set without a dated stage (none in the seed data) is derived as well.
UPDATE cpts SET status_basis = 'DERIVED' WHERE status IS NOT NULL AND status_basis IS NULL;
ALTER TABLE cpts ADD CONSTRAINT cpts_status_basis CHECK ((status IS NULL) = (status_basis IS NULL));

-- Every representation of a CPTS now says how its facts are known (and V13 added the departments of its communes):
-- a new version, and a change in the feed, so that conditional GETs and partners' copies fetch it again.
UPDATE cpts SET version = version + 1, updated_at = now() WHERE removed_at IS NULL;
INSERT INTO change_event (resource_type, resource_id, operation, version, actor)
SELECT 'CPTS', id, 'BASES_RECORDED', version, 'migration' FROM cpts WHERE removed_at IS NULL ORDER BY id;
