-- The six ACI missions: official French labels (accord conventionnel interprofessionnel, avenant 2 of
-- 20 December 2021) and the months after signature to start and to reach full deployment.
-- Optional missions have no fixed deadline: the CPTS chooses it.
INSERT INTO mission (code, position, category, label_fr, label_en, start_months, full_deployment_months) VALUES
  ('ACCESS_TO_CARE', 1, 'SOCLE',
   'Missions en faveur de l''amélioration de l''accès aux soins (médecin traitant, soins non programmés)',
   'Improving access to care (a regular doctor for every patient, unscheduled care)', 6, 18),
  ('CARE_PATHWAYS', 2, 'SOCLE',
   'Missions en faveur de l''organisation de parcours pluriprofessionnels autour du patient',
   'Organising multi-professional care pathways around the patient', 12, 24),
  ('PREVENTION', 3, 'SOCLE',
   'Missions en faveur du développement d''actions coordonnées de prévention',
   'Developing coordinated prevention actions', 12, 24),
  ('HEALTH_CRISIS_RESPONSE', 4, 'SOCLE',
   'Mission dédiée à la réponse aux crises sanitaires graves',
   'Responding to serious health crises (situations sanitaires exceptionnelles)', 6, 18),
  ('QUALITY_AND_RELEVANCE', 5, 'OPTIONAL',
   'Actions en faveur du développement de la qualité et de la pertinence des soins',
   'Developing the quality and relevance of care', NULL, NULL),
  ('PROFESSIONAL_SUPPORT', 6, 'OPTIONAL',
   'Accompagnement des professionnels de santé sur le territoire (attractivité)',
   'Supporting health professionals in the territory (attractiveness)', NULL, NULL);
