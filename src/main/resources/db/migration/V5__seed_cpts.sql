-- Every CPTS named in the seed documents, with every fact they give about it, at the precision they give.
-- Nothing is inferred beyond the text: a department is recorded only where the text states it or names
-- a department-level body (a CPAM, the department itself); a status only where the text establishes one.
-- Membership counts are dated with the publication date of the document that reports them.
--
-- Sources: src_qphdcr1meab3 ARS BFC 2020-10-02 (Haut-Doubs forestier; regional projects)
--          src_be4hxsqjwrg3 macommune.info 2021-12-15 (Pays horloger)
--          src_hw6w99sa42ds macommune.info 2023-03-10 (CaPaciTéS Besançon & Métropole)
--          src_bbdndrjz3kfz ARS BFC 2024-04-19 (Pays d'Héricourt)
--          src_r03mhvvr65e4 macommune.info 2024-05-28 (Avenir Santé; the five CPTS of Nord-Franche-Comté)

-- ---------------------------------------------------------------------------------------------------------
-- CPTS du Haut-Doubs forestier
-- ---------------------------------------------------------------------------------------------------------
INSERT INTO cpts (id, name, status, region_code, launch_date, launch_date_precision, launch_place, launch_source_id,
                  partners, governance, notes)
VALUES ('cpts_brm8fw4n0fec', 'CPTS du Haut-Doubs forestier', 'ACI_SIGNED', '27',
        '2020-10-02', 'DAY', 'Pontarlier', 'src_qphdcr1meab3',
        '[{"name": "Hôpital de Pontarlier (centre hospitalier intercommunal de Pontarlier)", "kind": "HOSPITAL",
           "role": "Lien ville-hôpital ; réflexion conjointe engagée entre les généralistes et les urgences sur le système de garde",
           "sourceId": "src_qphdcr1meab3"},
          {"name": "Hôpital local de Mouthe", "kind": "HOSPITAL",
           "role": "Habitudes de travail collaboratives sur lesquelles la communauté a pris appui", "sourceId": "src_qphdcr1meab3"},
          {"name": "Clinique Saint-Pierre de Pontarlier", "kind": "CLINIC",
           "role": "Partenariat formalisé avec les maisons de santé pour le surpoids et l''obésité", "sourceId": "src_qphdcr1meab3"},
          {"name": "Équipes mobiles de gériatrie", "kind": "CARE_TEAM", "role": "Partenariat formalisé",
           "sourceId": "src_qphdcr1meab3"},
          {"name": "Équipes mobiles de soins palliatifs", "kind": "CARE_TEAM", "role": "Partenariat formalisé",
           "sourceId": "src_qphdcr1meab3"},
          {"name": "Structures médico-sociales (Leverier, Mouthe, Nozeroy, Pontarlier...)", "kind": "MEDICO_SOCIAL",
           "role": "Habitudes de travail collaboratives sur lesquelles la communauté a pris appui", "sourceId": "src_qphdcr1meab3"},
          {"name": "Plateforme numérique Eticss", "kind": "DIGITAL_PLATFORM",
           "role": "Déploiement, au titre de la coordination et du lien ville-hôpital-secteur social", "sourceId": "src_qphdcr1meab3"}]',
        '[{"body": "Comité de pilotage",
           "description": "La gouvernance de la communauté est assurée par un comité de pilotage.",
           "composition": [{"group": "médecins", "count": 10},
                           {"group": "paramédicaux ou professionnels du champ social", "count": 10}],
           "sourceId": "src_qphdcr1meab3",
           "quote": "La gouvernance de la communauté est assurée par un comité de pilotage composé de 10 médecins et 10 paramédicaux ou professionnels du champ social."}]',
        '[{"text": "Deuxième CPTS constituée en Bourgogne-Franche-Comté, après la CPTS Loire-Val d''Yonne-Morvan (Nièvre).",
           "sourceId": "src_qphdcr1meab3",
           "quote": "une nouvelle CPTS a été officiellement constituée en Bourgogne-Franche-Comté, la deuxième de la région après la signature d''un premier contrat de partenariat, en juin dernier, dans la Nièvre (CPTS Loire-Val d''Yonne-Morvan)."},
          {"text": "La communauté a pris appui sur des habitudes de travail collaboratives entre les maisons de santé du territoire, les professionnels de santé exerçant en cabinets de ville, l''hôpital de Pontarlier, l''hôpital local de Mouthe et les structures médico-sociales.",
           "sourceId": "src_qphdcr1meab3",
           "quote": "La communauté a pris appui sur des habitudes de travail collaboratives solides entre les maisons de santé qui maillent ce territoire, les professionnels de santé exerçant en cabinets de ville, l''hôpital de Pontarlier, l''hôpital local de Mouthe et les structures médico-sociales (Leverier, Mouthe, Nozeroy, Pontarlier...)"},
          {"text": "Le projet de santé repose sur le recensement des besoins des professionnels et des patients.",
           "sourceId": "src_qphdcr1meab3",
           "quote": "C''est le recensement de leurs besoins et de ceux des patients qui a posé les fondements d''un projet de santé finement adapté aux attentes du terrain."}]');

INSERT INTO cpts_department (cpts_id, department_code) VALUES ('cpts_brm8fw4n0fec', '25');
INSERT INTO cpts_mention (cpts_id, source_id, quote) VALUES
  ('cpts_brm8fw4n0fec', 'src_qphdcr1meab3', 'La CPTS du Haut-Doubs forestier a été officialisée ce vendredi 2 octobre, à Pontarlier.');
INSERT INTO lifecycle_event (cpts_id, stage, occurred_on, date_precision, source_id, quote) VALUES
  ('cpts_brm8fw4n0fec', 'ACI_SIGNED', '2020-10-02', 'DAY', 'src_qphdcr1meab3',
   'La CPTS du Haut-Doubs forestier a été officialisée ce vendredi 2 octobre, à Pontarlier. Le contrat de partenariat a été signé entre l''Agence Régionale de Santé, la Caisse primaire d''Assurance maladie du Doubs et les professionnels de santé du territoire.');
INSERT INTO aci_contract (cpts_id, signed_on, signed_on_precision, signed_place, source_id, quote) VALUES
  ('cpts_brm8fw4n0fec', '2020-10-02', 'DAY', 'Pontarlier', 'src_qphdcr1meab3',
   'Le contrat de partenariat a été signé entre l''Agence Régionale de Santé, la Caisse primaire d''Assurance maladie du Doubs et les professionnels de santé du territoire.');
INSERT INTO contract_signatory (cpts_id, position, kind, name) VALUES
  ('cpts_brm8fw4n0fec', 1, 'ARS', 'ARS Bourgogne-Franche-Comté'),
  ('cpts_brm8fw4n0fec', 2, 'CPAM', 'CPAM du Doubs'),
  ('cpts_brm8fw4n0fec', 3, 'CPTS', 'Les professionnels de santé du territoire (CPTS du Haut-Doubs forestier)');
INSERT INTO cpts_mission (cpts_id, mission_code, actions, note, source_id, quote) VALUES
  ('cpts_brm8fw4n0fec', 'ACCESS_TO_CARE',
   ARRAY['Optimisation du système de garde', 'Accès à un médecin traitant', 'Accès aux spécialistes',
         'Prise en charge de la détresse sociale'],
   NULL, 'src_qphdcr1meab3',
   'l''accès aux soins : optimisation du système de garde, accès à un médecin traitant, aux spécialistes, prise en charge de la détresse sociale'),
  ('cpts_brm8fw4n0fec', 'CARE_PATHWAYS',
   ARRAY['Parcours complexes', 'Formations pluri-professionnelles', 'Mutualisation des compétences',
         'Déploiement de la plateforme numérique Eticss'],
   'Présentée comme « la coordination et le renforcement du lien ville-hôpital-secteur social ».', 'src_qphdcr1meab3',
   'la coordination et le renforcement du lien ville-hôpital-secteur social : parcours complexes, formations pluri-professionnelles, mutualisation des compétences, déploiement de la plateforme numérique Eticss'),
  ('cpts_brm8fw4n0fec', 'PREVENTION',
   ARRAY['Journées d''action multi-sites à l''échelle du territoire (tabac, vaccination, cancer du sein/Octobre rose...)',
         'Développement de la prévention en milieu scolaire et dans les structures médico-sociales'],
   NULL, 'src_qphdcr1meab3',
   'la prévention : journées d''action multi-sites à l''échelle du territoire (tabac, vaccination, cancer du sein/Octobre rose...), développement de la prévention en milieu scolaire et dans les structures médico-sociales...'),
  ('cpts_brm8fw4n0fec', 'HEALTH_CRISIS_RESPONSE',
   ARRAY['Doublement des gardes de permanence des soins', 'Communication en direction des patients sur les conduites à tenir',
         'Mise en place d''une organisation coordonnée pour les visites à domicile', 'Participation active au dépistage'],
   'Actions menées pendant la crise sanitaire de 2020, avant que l''avenant 2 (décembre 2021) ne fasse de la réponse aux crises une mission de l''ACI.',
   'src_qphdcr1meab3',
   'Face à la crise sanitaire, la CPTS a déjà démontré sa réactivité en mettant en place des organisations spécifiques, en phase aigüe ou après la levée du confinement (doublement des gardes de permanence des soins, communication en direction des patients sur les conduites à tenir, mise en place d''une organisation coordonnée pour les visites à domicile, participation active au dépistage...)');
INSERT INTO membership_snapshot (id, cpts_id, as_of, member_count, member_count_precision, counted, professions,
                                 professions_complete, member_organisations, source_id, quote) VALUES
  ('mem_kyvqbc7ygwjw', 'cpts_brm8fw4n0fec', '2020-10-02', 100, 'ABOUT', 'professionnels de santé libéraux', '{}', false,
   ARRAY['Établissements de santé publics et privés', 'Réseaux de soins', 'Laboratoires', 'Structures d''aide à domicile'],
   'src_qphdcr1meab3',
   'Au total, une centaine de professionnels de santé libéraux du Haut-Doubs sont engagés, ainsi que des établissements de santé publics et privés, des réseaux de soins, des laboratoires, des structures d''aide à domicile...');

-- ---------------------------------------------------------------------------------------------------------
-- CPTS Loire-Val d'Yonne-Morvan (named by the Haut-Doubs release as the region's first contract)
-- ---------------------------------------------------------------------------------------------------------
INSERT INTO cpts (id, name, status, region_code, notes)
VALUES ('cpts_av0jd5zza3ne', 'CPTS Loire-Val d''Yonne-Morvan', 'ACI_SIGNED', '27',
        '[{"text": "Première CPTS de Bourgogne-Franche-Comté à signer un contrat de partenariat (juin 2020, dans la Nièvre).",
           "sourceId": "src_qphdcr1meab3",
           "quote": "la deuxième de la région après la signature d''un premier contrat de partenariat, en juin dernier, dans la Nièvre (CPTS Loire-Val d''Yonne-Morvan)."}]');
INSERT INTO cpts_department (cpts_id, department_code) VALUES ('cpts_av0jd5zza3ne', '58');
INSERT INTO cpts_mention (cpts_id, source_id, quote) VALUES
  ('cpts_av0jd5zza3ne', 'src_qphdcr1meab3',
   'la deuxième de la région après la signature d''un premier contrat de partenariat, en juin dernier, dans la Nièvre (CPTS Loire-Val d''Yonne-Morvan).');
INSERT INTO lifecycle_event (cpts_id, stage, occurred_on, date_precision, source_id, quote) VALUES
  ('cpts_av0jd5zza3ne', 'ACI_SIGNED', '2020-06-01', 'MONTH', 'src_qphdcr1meab3',
   'la signature d''un premier contrat de partenariat, en juin dernier, dans la Nièvre (CPTS Loire-Val d''Yonne-Morvan).');
INSERT INTO aci_contract (cpts_id, signed_on, signed_on_precision, signed_place, source_id, quote, note) VALUES
  ('cpts_av0jd5zza3ne', '2020-06-01', 'MONTH', NULL, 'src_qphdcr1meab3',
   'la signature d''un premier contrat de partenariat, en juin dernier, dans la Nièvre (CPTS Loire-Val d''Yonne-Morvan).',
   'The source gives the month (June 2020, "en juin dernier" in a release of 2 October 2020) and the department, not the day, the place or the signatories.');

-- ---------------------------------------------------------------------------------------------------------
-- Letters of intent validated in Bourgogne-Franche-Comté by 2 October 2020 (names as the release gives them)
-- ---------------------------------------------------------------------------------------------------------
INSERT INTO cpts (id, name, status, region_code) VALUES
  ('cpts_e5tbsvj7sqb4', 'CPTS Selongey', 'LETTER_OF_INTENT_VALIDATED', '27'),
  ('cpts_7s9d7ny4p80d', 'CPTS Pays d''Or', 'LETTER_OF_INTENT_VALIDATED', '27'),
  ('cpts_ze4c8xdh1xpy', 'CPTS Pays Beaunois', 'LETTER_OF_INTENT_VALIDATED', '27'),
  ('cpts_wpzjz7gtzawa', 'CPTS Centre 21', 'LETTER_OF_INTENT_VALIDATED', '27'),
  ('cpts_6hv7aahv0f59', 'CPTS Lons', 'LETTER_OF_INTENT_VALIDATED', '27'),
  ('cpts_zw22dnhfhw54', 'CPTS Sud Nièvre', 'LETTER_OF_INTENT_VALIDATED', '27'),
  ('cpts_e38727cy4ywt', 'CPTS Luxeuil', 'LETTER_OF_INTENT_VALIDATED', '27'),
  ('cpts_evxbc3zddpj8', 'CPTS Sud Saône-et-Loire', 'LETTER_OF_INTENT_VALIDATED', '27'),
  ('cpts_09hr32dkbecm', 'CPTS Tonnerre', 'LETTER_OF_INTENT_VALIDATED', '27'),
  ('cpts_edy5mc1ybegx', 'CPTS Sens', 'LETTER_OF_INTENT_VALIDATED', '27'),
  ('cpts_aky8kcvgns24', 'CPTS Pourtour Belfortain', 'LETTER_OF_INTENT_VALIDATED', '27');

INSERT INTO cpts_department (cpts_id, department_code) VALUES
  ('cpts_e5tbsvj7sqb4', '21'),
  ('cpts_7s9d7ny4p80d', '21'),
  ('cpts_ze4c8xdh1xpy', '21'),
  ('cpts_wpzjz7gtzawa', '21'),
  ('cpts_6hv7aahv0f59', '39'),
  ('cpts_zw22dnhfhw54', '58'),
  ('cpts_e38727cy4ywt', '70'),
  ('cpts_evxbc3zddpj8', '71'),
  ('cpts_09hr32dkbecm', '89'),
  ('cpts_edy5mc1ybegx', '89'),
  ('cpts_aky8kcvgns24', '90');

INSERT INTO cpts_mention (cpts_id, source_id, quote)
SELECT id, 'src_qphdcr1meab3',
       '-11 lettres d''intention sont validées (Selongey, Pays d''Or, Pays Beaunois et Centre 21 en Côte d''Or, Lons dans le Jura, Sud Nièvre, Luxeuil en Haute Saône, Sud Saône-et-Loire, Tonnerre et Sens dans l''Yonne, Pourtour Belfortain sur le Territoire de Belfort) ;'
FROM cpts WHERE status = 'LETTER_OF_INTENT_VALIDATED';

INSERT INTO lifecycle_event (cpts_id, stage, occurred_on, date_precision, source_id, quote)
SELECT id, 'LETTER_OF_INTENT_VALIDATED', '2020-10-02', 'ON_OR_BEFORE', 'src_qphdcr1meab3',
       '25 projets de CPTS sont en cours dans la région : -11 lettres d''intention sont validées (...)'
FROM cpts WHERE status = 'LETTER_OF_INTENT_VALIDATED';

-- ---------------------------------------------------------------------------------------------------------
-- CPTS du Pays horloger
-- ---------------------------------------------------------------------------------------------------------
INSERT INTO cpts (id, name, legal_form, status, region_code, launch_date, launch_date_precision, launch_source_id,
                  partners, priority_populations, notes)
VALUES ('cpts_sgbwxjkqfe68', 'CPTS du Pays horloger', 'ASSOCIATION', 'ACI_SIGNED', '27',
        '2021-12-15', 'DAY', 'src_be4hxsqjwrg3',
        '[{"name": "Hôpital de proximité de Morteau", "kind": "HOSPITAL", "role": "La communauté prend appui sur lui",
           "sourceId": "src_be4hxsqjwrg3"},
          {"name": "Structures médico-sociales du territoire", "kind": "MEDICO_SOCIAL", "role": "Participent à la dynamique",
           "sourceId": "src_be4hxsqjwrg3"}]',
        '[{"label": "Patients de 16 ans et plus n’ayant pas de médecin traitant", "sourceId": "src_be4hxsqjwrg3"},
          {"label": "Patients en situation de fragilité (ALD, patients âgés, patients en situation de précarité)",
           "sourceId": "src_be4hxsqjwrg3"}]',
        '[{"text": "Les professionnels de santé du territoire ont lancé dès 2019 une réflexion sur la création de la CPTS.",
           "sourceId": "src_be4hxsqjwrg3",
           "quote": "les professionnels de santé du territoire du Pays Horloger ont lancé dès 2019, une réflexion sur la création de leur CPTS"},
          {"text": "En 2020, pendant la crise sanitaire, la coopération des professionnels a permis de déployer des possibilités de dépistage et de créer des centres de vaccination ; le projet de santé s’est construit sur cette expérience.",
           "sourceId": "src_be4hxsqjwrg3",
           "quote": "C’est grâce à la coopération et à la structuration des professionnels autour du besoin des patients que des possibilités de dépistage sont déployées sur le territoire, que des centres de vaccination sont créés...  Fort de cette expérience, le projet de santé de la CPTS se construit autour de trois objectifs principaux"}]');
INSERT INTO cpts_department (cpts_id, department_code) VALUES ('cpts_sgbwxjkqfe68', '25');
INSERT INTO cpts_mention (cpts_id, source_id, quote) VALUES
  ('cpts_sgbwxjkqfe68', 'src_be4hxsqjwrg3',
   'Ce 15 décembre, la caisse primaire d’Assurance maladie, l’Agence régionale de santé et le Pays Horloger ont officialisé l’existence de la communauté professionnelle territoriale de santé du Pays horloger, dans le Doubs.');
INSERT INTO lifecycle_event (cpts_id, stage, occurred_on, date_precision, source_id, quote) VALUES
  ('cpts_sgbwxjkqfe68', 'PRE_PROJECT', '2019-01-01', 'YEAR', 'src_be4hxsqjwrg3',
   'les professionnels de santé du territoire du Pays Horloger ont lancé dès 2019, une réflexion sur la création de leur CPTS'),
  ('cpts_sgbwxjkqfe68', 'ACI_SIGNED', '2021-12-15', 'DAY', 'src_be4hxsqjwrg3',
   'Ce 15 décembre, la caisse primaire d’Assurance maladie, l’Agence régionale de santé et le Pays Horloger ont officialisé l’existence de la communauté professionnelle territoriale de santé du Pays horloger, dans le Doubs.');
INSERT INTO aci_contract (cpts_id, signed_on, signed_on_precision, signed_place, source_id, quote, note) VALUES
  ('cpts_sgbwxjkqfe68', '2021-12-15', 'DAY', NULL, 'src_be4hxsqjwrg3',
   'Ce 15 décembre, la caisse primaire d’Assurance maladie, l’Agence régionale de santé et le Pays Horloger ont officialisé l’existence de la communauté professionnelle territoriale de santé du Pays horloger, dans le Doubs.',
   'The article reports an official launch by these three parties; it does not name the place. "Le Pays Horloger" is recorded as the article names it.');
INSERT INTO contract_signatory (cpts_id, position, kind, name) VALUES
  ('cpts_sgbwxjkqfe68', 1, 'CPAM', 'CPAM du Doubs'),
  ('cpts_sgbwxjkqfe68', 2, 'ARS', 'ARS Bourgogne-Franche-Comté'),
  ('cpts_sgbwxjkqfe68', 3, 'OTHER', 'Pays Horloger');
INSERT INTO cpts_mission (cpts_id, mission_code, actions, note, source_id, quote) VALUES
  ('cpts_sgbwxjkqfe68', 'ACCESS_TO_CARE',
   ARRAY['Permettre à tous les patients de 16 ans et plus n’ayant pas de médecin traitant d’accéder aux soins, en particulier les patients en situation de fragilité',
         'Renforcer l’offre de soins sur le territoire', 'Prise en charge des soins non programmés'],
   NULL, 'src_be4hxsqjwrg3',
   'l’amélioration de l’accès aux soins en facilitant l’accès à un médecin traitant'),
  ('cpts_sgbwxjkqfe68', 'CARE_PATHWAYS',
   ARRAY['Parcours du patient âgé pour favoriser son maintien à domicile et éviter les ruptures de soins',
         'Parcours parentalité/maternité'],
   NULL, 'src_be4hxsqjwrg3',
   'l’amélioration de l’organisation du parcours pluri professionnel autour du patient'),
  ('cpts_sgbwxjkqfe68', 'PREVENTION',
   ARRAY['Actions de prévention et promotion de la santé dans le domaine public ou au sein de collectivités en entreprises, en concertation avec les partenaires',
         'Conduites addictives', 'Réalisation du schéma vaccinal'],
   'Deux thématiques déjà retenues prioritairement : les conduites addictives et la réalisation du schéma vaccinal.',
   'src_be4hxsqjwrg3',
   'le développement d’actions de prévention à destination des habitants du territoire');
INSERT INTO membership_snapshot (id, cpts_id, as_of, member_count, member_count_precision, counted, professions,
                                 professions_complete, member_organisations, source_id, quote) VALUES
  ('mem_evjkvm8mcb5q', 'cpts_sgbwxjkqfe68', '2021-12-15', 50, 'AT_LEAST', 'membres',
   ARRAY['médecin généraliste', 'chirurgien-dentiste', 'infirmier', 'kinésithérapeute', 'orthophoniste', 'ergothérapeute',
         'diététicien', 'ambulancier', 'sage-femme', 'podologue', 'psychologue', 'psychomotricien', 'ostéopathe', 'opticien',
         'kinésiologue'],
   true, '{}', 'src_be4hxsqjwrg3',
   'La CPTS réunie en association regroupe plus de 50 membres parmi les professions de médecin généraliste, chirurgien-dentiste, infirmier, kinésithérapeute, orthophoniste, ergothérapeute, diététicien, ambulancier, sage-femme, podologue, psychologue, psychomotricien, ostéopathe, opticien, kinésiologue.');

-- ---------------------------------------------------------------------------------------------------------
-- CaPaciTéS Besançon & Métropole
-- ---------------------------------------------------------------------------------------------------------
INSERT INTO cpts (id, name, status, region_code, launch_date, launch_date_precision, launch_place, launch_source_id,
                  declared_population, declared_population_precision, declared_population_source_id,
                  partners, governance, priority_populations, notes)
VALUES ('cpts_18nn34zvb449', 'CaPaciTéS Besançon & Métropole', 'ACI_SIGNED', '27',
        '2023-03-09', 'DAY', 'Besançon', 'src_hw6w99sa42ds',
        200000, 'ABOUT', 'src_hw6w99sa42ds',
        '[{"name": "Contrat local de santé (CLS)", "kind": "OTHER",
           "role": "Liens en termes de promotion de la santé et de prévention ; il couvre le même territoire",
           "sourceId": "src_hw6w99sa42ds"},
          {"name": "Structures médico-sociales et sociales du territoire", "kind": "MEDICO_SOCIAL",
           "role": "Collaboration étroite", "sourceId": "src_hw6w99sa42ds"}]',
        '[{"body": "Collèges décisionnaires",
           "description": "Tous les acteurs de santé, ainsi que les usagers, sont intégrés dans sa gouvernance au sein de collèges décisionnaires.",
           "composition": [], "sourceId": "src_hw6w99sa42ds",
           "quote": "Tous les acteurs de santé, ainsi que les usagers, sont intégrés dans sa gouvernance au sein de collèges décisionnaires."}]',
        '[{"label": "Personnes de 16 ans et plus n’ayant pas de médecin traitant", "sourceId": "src_hw6w99sa42ds"},
          {"label": "Sujets en situation de fragilité : patients atteints de maladies chroniques et/ou âgés, personnes en situation de précarité",
           "sourceId": "src_hw6w99sa42ds"},
          {"label": "Quartiers et bassins de proximité les plus en difficulté", "sourceId": "src_hw6w99sa42ds"}]',
        '[{"text": "Quatrième CPTS du Doubs.", "sourceId": "src_hw6w99sa42ds",
           "quote": "La quatrième communauté professionnelle territoriale de santé (CPTS) du département est donc lancée..."},
          {"text": "L’une des deux plus grandes CPTS de la région.", "sourceId": "src_hw6w99sa42ds",
           "quote": "La CPTS CaPaciTéS Besançon & Métropole, sur un territoire de près de 200.000 habitants, est l’une des deux plus grandes CPTS de la région."},
          {"text": "Le contrat de partenariat engage plus de 200 professionnels de santé.", "sourceId": "src_hw6w99sa42ds",
           "quote": "Un nouveau contrat de partenariat engageant plus de 200 professionnels de santé aux côtés de l’Agence Régionale de Santé (ARS) Bourgogne-Franche-Comté et de la Caisse primaire d’assurance maladie (CPAM) du Doubs, au service des près de 200.000 habitants du Grand Besançon"},
          {"text": "Objectif principal : améliorer la prise en charge de la santé de la population, en renforçant la coordination interprofessionnelle et en développant des actions partagées entre les acteurs de santé, les intervenants du champ médico-social, les usagers et les associations.",
           "sourceId": "src_hw6w99sa42ds",
           "quote": "Objectif principal : \"améliorer la prise en charge de la santé de la population, en renforçant la coordination interprofessionnelle et en développant des actions partagées entre les acteurs de santé, les intervenants du champ médico-social, mais aussi les usagers et les associations...\""}]');
INSERT INTO cpts_department (cpts_id, department_code) VALUES ('cpts_18nn34zvb449', '25');
INSERT INTO cpts_mention (cpts_id, source_id, quote) VALUES
  ('cpts_18nn34zvb449', 'src_hw6w99sa42ds',
   'L’Accord conventionnel interprofessionnel (ACI) a été signé jeudi 9 mars 2023, salle Courbet, à Besançon, entre les professionnels, l’ARS Bourgogne-Franche-Comté et la CPAM du Doubs.');
INSERT INTO lifecycle_event (cpts_id, stage, occurred_on, date_precision, source_id, quote) VALUES
  ('cpts_18nn34zvb449', 'PRE_PROJECT', '2019-12-01', 'MONTH', 'src_hw6w99sa42ds',
   'Depuis décembre 2019, ils sont engagés pour faire aboutir cette forme d’organisation des soins à l’échelle de Besançon et de sa métropole'),
  ('cpts_18nn34zvb449', 'ACI_SIGNED', '2023-03-09', 'DAY', 'src_hw6w99sa42ds',
   'L’Accord conventionnel interprofessionnel (ACI) a été signé jeudi 9 mars 2023, salle Courbet, à Besançon, entre les professionnels, l’ARS Bourgogne-Franche-Comté et la CPAM du Doubs.');
INSERT INTO aci_contract (cpts_id, signed_on, signed_on_precision, signed_place, source_id, quote) VALUES
  ('cpts_18nn34zvb449', '2023-03-09', 'DAY', 'Salle Courbet, Besançon', 'src_hw6w99sa42ds',
   'L’Accord conventionnel interprofessionnel (ACI) a été signé jeudi 9 mars 2023, salle Courbet, à Besançon, entre les professionnels, l’ARS Bourgogne-Franche-Comté et la CPAM du Doubs.');
INSERT INTO contract_signatory (cpts_id, position, kind, name) VALUES
  ('cpts_18nn34zvb449', 1, 'CPTS', 'Les professionnels (CaPaciTéS Besançon & Métropole)'),
  ('cpts_18nn34zvb449', 2, 'ARS', 'ARS Bourgogne-Franche-Comté'),
  ('cpts_18nn34zvb449', 3, 'CPAM', 'CPAM du Doubs');
INSERT INTO cpts_mission (cpts_id, mission_code, actions, note, source_id, quote) VALUES
  ('cpts_18nn34zvb449', 'ACCESS_TO_CARE',
   ARRAY['Permettre à toutes les personnes de 16 ans et plus n’ayant pas de médecin traitant d’y avoir accès, en particulier les sujets en situation de fragilité',
         'Faciliter le recours à des soins non programmés (sans urgence vitale, mais nécessitant une prise en charge dans les 48 heures)'],
   NULL, 'src_hw6w99sa42ds',
   'Améliorer l’accès aux soins en facilitant le recours à un médecin traitant'),
  ('cpts_18nn34zvb449', 'CARE_PATHWAYS',
   ARRAY['Repérage précoce des signes d’insuffisance cardiaque chez les patients de 65 ans et plus',
         'Amélioration des entrées et sorties d’hospitalisation pour les sujets âgés, notamment les personnes en perte d’autonomie'],
   NULL, 'src_hw6w99sa42ds',
   'Organiser le parcours pluriprofessionnel autour du patient'),
  ('cpts_18nn34zvb449', 'PREVENTION',
   ARRAY['Promotion des dépistages des cancers, notamment du cancer colorectal',
         'Liens avec le contrat local de santé (CLS), qui couvre le même territoire'],
   NULL, 'src_hw6w99sa42ds',
   'Développer la prévention'),
  ('cpts_18nn34zvb449', 'PROFESSIONAL_SUPPORT',
   ARRAY['Favoriser l’exercice coordonné en équipes pluriprofessionnelles de proximité',
         'Attractivité du territoire permettant l’installation de jeunes professionnels de santé dans les meilleures conditions possibles'],
   'Annoncées comme « d’autres actions », au-delà des trois axes prioritaires.', 'src_hw6w99sa42ds',
   'D’autres actions seront mises en œuvre, en particulier pour favoriser l’exercice coordonné en équipes pluriprofessionnelles de proximité, et l’attractivité du territoire de la CPTS permettant l’installation de jeunes professionnels de santé dans les meilleures conditions possibles.');
INSERT INTO membership_snapshot (id, cpts_id, as_of, member_count, member_count_precision, counted, professions,
                                 professions_complete, member_organisations, source_id, quote) VALUES
  ('mem_tga5bh2dfawn', 'cpts_18nn34zvb449', '2023-03-10', 200, 'AT_LEAST', 'adhérents',
   ARRAY['médecins généralistes', 'pharmaciens', 'infirmiers', 'kinésithérapeutes', 'orthophonistes', 'pédiatres',
         'sages-femmes', 'pédicure-podologues', 'psychologues'],
   false,
   ARRAY['CHRU', 'Centre hospitalier de Novillars', 'Cliniques', 'Dispositif d’appui à la coordination (DAC)',
         'Caisse d’assurance maladie', 'Collectivités territoriales, dont la Ville de Besançon', 'Représentants d’usagers'],
   'src_hw6w99sa42ds',
   'La CPTS regroupe déjà plus de 200 adhérents : des professionnels de santé libéraux (médecins généralistes, pharmaciens, infirmiers, kinésithérapeutes, orthophonistes, pédiatres, sages-femmes, pédicure-podologues, psychologues...), des établissements et services (le CHRU, le centre hospitalier de Novillars, les cliniques, le Dispositif d’appui à la coordination/DAC...), la caisse d’assurance maladie, les collectivités territoriales, dont la Ville de Besançon, et les représentants d’usagers.');

-- ---------------------------------------------------------------------------------------------------------
-- CPTS du Pays d'Héricourt
-- ---------------------------------------------------------------------------------------------------------
INSERT INTO cpts (id, name, status, region_code, launch_date, launch_date_precision, launch_place, launch_source_id,
                  declared_population, declared_population_precision, declared_population_source_id,
                  declared_commune_count, declared_commune_precision, declared_commune_source_id,
                  indicators, priority_populations, notes)
VALUES ('cpts_fqgmb7d998ve', 'CPTS du Pays d''Héricourt', 'ACI_SIGNED', '27',
        '2024-04-19', 'DAY', 'Héricourt', 'src_bbdndrjz3kfz',
        21000, 'AT_LEAST', 'src_bbdndrjz3kfz',
        23, 'EXACT', 'src_bbdndrjz3kfz',
        '[{"code": "SHARE_WITHOUT_MEDECIN_TRAITANT", "label": "Part de la population de plus de 17 ans sans médecin traitant",
           "value": 8, "unit": "PERCENT", "precision": "AT_LEAST", "population": "population de plus de 17 ans",
           "asOf": "2024-04-19", "sourceId": "src_bbdndrjz3kfz",
           "quote": "un territoire où plus de 8% de la population de plus de 17 ans n’en bénéficie pas"}]',
        '[{"label": "Patients en affection de longue durée", "sourceId": "src_bbdndrjz3kfz"},
          {"label": "Patientèle âgée", "sourceId": "src_bbdndrjz3kfz"},
          {"label": "Population en situation de précarité", "sourceId": "src_bbdndrjz3kfz"}]',
        '[{"text": "Territoire de 23 communes du pôle métropolitain Nord-Franche-Comté.", "sourceId": "src_bbdndrjz3kfz",
           "quote": "Plus de 21 000 habitants de 23 communes du pôle métropolitain Nord-Franche-Comté"},
          {"text": "L’une des 5 CPTS qui couvrent le Nord-Franche-Comté.", "sourceId": "src_r03mhvvr65e4",
           "quote": "Ces 5 territoires sont à présents couverts par des communautés professionnelles territoriales de santé (CPTS)"}]');
INSERT INTO cpts_department (cpts_id, department_code) VALUES ('cpts_fqgmb7d998ve', '70');
INSERT INTO cpts_mention (cpts_id, source_id, quote) VALUES
  ('cpts_fqgmb7d998ve', 'src_bbdndrjz3kfz',
   'Les professionnels de santé, l’ARS Bourgogne-Franche-Comté, la caisse primaire d’Assurance maladie de Haute-Saône et la MSA de Franche-Comté ont lancé officiellement ce vendredi 19 avril 2024, à Héricourt, dans le Nord-Franche-Comté, une communauté professionnelle territoriale de santé (CPTS).'),
  ('cpts_fqgmb7d998ve', 'src_r03mhvvr65e4', 'CPTS du Pays d’Héricourt');
INSERT INTO lifecycle_event (cpts_id, stage, occurred_on, date_precision, source_id, quote) VALUES
  ('cpts_fqgmb7d998ve', 'HEALTH_PROJECT_VALIDATED', '2024-04-19', 'DAY', 'src_bbdndrjz3kfz',
   'Dans le domaine de la prévention, le projet entériné ce 19 avril vise l’éducation alimentaire'),
  ('cpts_fqgmb7d998ve', 'ACI_SIGNED', '2024-04-19', 'DAY', 'src_bbdndrjz3kfz',
   'la communauté professionnelle territoriale de santé du Pays d’Héricourt a été officialisée ce vendredi 19 avril.');
INSERT INTO aci_contract (cpts_id, signed_on, signed_on_precision, signed_place, source_id, quote, note) VALUES
  ('cpts_fqgmb7d998ve', '2024-04-19', 'DAY', 'Héricourt', 'src_bbdndrjz3kfz',
   'Les professionnels de santé, l’ARS Bourgogne-Franche-Comté, la caisse primaire d’Assurance maladie de Haute-Saône et la MSA de Franche-Comté ont lancé officiellement ce vendredi 19 avril 2024, à Héricourt, dans le Nord-Franche-Comté, une communauté professionnelle territoriale de santé (CPTS).',
   'The release reports the official launch by these four parties; it does not use the word "contrat".');
INSERT INTO contract_signatory (cpts_id, position, kind, name) VALUES
  ('cpts_fqgmb7d998ve', 1, 'CPTS', 'Les professionnels de santé (CPTS du Pays d''Héricourt)'),
  ('cpts_fqgmb7d998ve', 2, 'ARS', 'ARS Bourgogne-Franche-Comté'),
  ('cpts_fqgmb7d998ve', 3, 'CPAM', 'CPAM de Haute-Saône'),
  ('cpts_fqgmb7d998ve', 4, 'MSA', 'MSA de Franche-Comté');
INSERT INTO cpts_mission (cpts_id, mission_code, actions, note, source_id, quote) VALUES
  ('cpts_fqgmb7d998ve', 'ACCESS_TO_CARE',
   ARRAY['Favoriser l’accès à un médecin traitant, en privilégiant les populations à risque ou vulnérables',
         'Renforcer l’offre de soins non programmés et l’inscrire dans le déploiement du SAS (service d’accès aux soins) interdépartemental'],
   'Présentée comme une des priorités de l’organisation.', 'src_bbdndrjz3kfz',
   'Parmi les priorités de l’organisation :  l’amélioration de l’accès aux soins.'),
  ('cpts_fqgmb7d998ve', 'CARE_PATHWAYS',
   ARRAY['Actions concernant les cancers', 'Actions concernant les maladies cardio-vasculaires (créneaux de sport adapté, diffusion de protocoles entre professionnels, plateforme numérique d’échanges…)',
         'Renforcer le lien entre la médecine de ville et l’hôpital'],
   NULL, 'src_bbdndrjz3kfz',
   'Autre axe fort de l’engagement des membres de la communauté : les parcours pluri-professionnels autour du patient.'),
  ('cpts_fqgmb7d998ve', 'PREVENTION',
   ARRAY['Éducation alimentaire', 'Vie sexuelle et affective', 'Risques chez la personne âgée',
         'Conduites addictives (sevrage tabagique, mois sans alcool, développement des compétences psycho-sociales dans les collèges, consultations de prévention…)'],
   NULL, 'src_bbdndrjz3kfz',
   'Dans le domaine de la prévention, le projet entériné ce 19 avril vise l’éducation alimentaire, la vie sexuelle et affective, les risques chez la personne âgée et les conduites addictives'),
  ('cpts_fqgmb7d998ve', 'HEALTH_CRISIS_RESPONSE', '{}', 'Initiatives annoncées, non détaillées.', 'src_bbdndrjz3kfz',
   'De nombreuses autres initiatives pour organiser la réponse aux situations sanitaires exceptionnelles ou développer la qualité et la pertinence des soins sont prévues par ailleurs.'),
  ('cpts_fqgmb7d998ve', 'QUALITY_AND_RELEVANCE', '{}', 'Initiatives annoncées, non détaillées.', 'src_bbdndrjz3kfz',
   'De nombreuses autres initiatives pour organiser la réponse aux situations sanitaires exceptionnelles ou développer la qualité et la pertinence des soins sont prévues par ailleurs.'),
  ('cpts_fqgmb7d998ve', 'PROFESSIONAL_SUPPORT',
   ARRAY['Formation continue', 'Ateliers « et si on prenait soin de nous ? »',
         'Attirer et fidéliser les jeunes diplômés sur le territoire (recensement des lieux de stage, appui à la recherche de locaux…)'],
   NULL, 'src_bbdndrjz3kfz',
   'Un volet important du projet vise l’accompagnement des professionnels de santé (formation continue, ateliers « et si on prenait soin de nous ? »…)');
INSERT INTO membership_snapshot (id, cpts_id, as_of, member_count, member_count_precision, counted, professions,
                                 professions_complete, establishment_count, establishment_count_precision,
                                 member_organisations, source_id, quote) VALUES
  ('mem_r5g7tqb7artp', 'cpts_fqgmb7d998ve', '2024-04-19', 57, 'ABOUT', 'professionnels de santé',
   ARRAY['médecins généralistes', 'infirmiers', 'pharmaciens', 'masseurs-kinésithérapeutes', 'sages-femmes'],
   false, 7, 'EXACT', ARRAY['Nombreux partenaires médico-sociaux'], 'src_bbdndrjz3kfz',
   'Cette nouvelle CPTS fédère quelque 57 professionnels de santé (médecins généralistes, infirmiers, pharmaciens, masseurs-kinésithérapeutes, sages-femmes…), mais également 7 établissements de santé et de nombreux partenaires médico-sociaux.');

-- ---------------------------------------------------------------------------------------------------------
-- CPTS Avenir Santé
-- ---------------------------------------------------------------------------------------------------------
INSERT INTO cpts (id, name, status, region_code, launch_date, launch_date_precision, launch_source_id,
                  declared_population, declared_population_precision, declared_population_source_id,
                  declared_commune_count, declared_commune_precision, declared_commune_source_id,
                  indicators, priority_populations, notes)
VALUES ('cpts_m1j6r9kf168s', 'CPTS Avenir Santé', 'ACI_SIGNED', '27',
        '2024-05-28', 'DAY', 'src_r03mhvvr65e4',
        58000, 'EXACT', 'src_r03mhvvr65e4',
        58, 'EXACT', 'src_r03mhvvr65e4',
        '[{"code": "SHARE_WITHOUT_MEDECIN_TRAITANT", "label": "Part des patients du territoire sans médecin traitant",
           "value": 9, "unit": "PERCENT", "precision": "AT_LEAST", "population": "patients du territoire",
           "asOf": "2024-05-28", "sourceId": "src_r03mhvvr65e4",
           "quote": "l’ARS précise d’ailleurs que plus de 9% des patients du territoire n’en ont pas à l’heure actuelle"}]',
        '[{"label": "Populations à risque ou vulnérables", "sourceId": "src_r03mhvvr65e4"},
          {"label": "Affections de longue durée (ALD)", "sourceId": "src_r03mhvvr65e4"},
          {"label": "Patientèle âgée", "sourceId": "src_r03mhvvr65e4"},
          {"label": "Population précaire et vulnérable", "sourceId": "src_r03mhvvr65e4"}]',
        '[{"text": "Territoire de 58 communes du Pays de Montbéliard Agglomération ; l’article ne dit pas lesquelles.",
           "sourceId": "src_r03mhvvr65e4",
           "quote": "58.000 habitants de 58 communes du Pays de Montbéliard Agglomération vont désormais pouvoir bénéficier des services de la communauté professionnelle territoriale de santé (CPTS) Avenir Santé"},
          {"text": "L’une des 5 CPTS qui couvrent désormais intégralement le Nord-Franche-Comté (Pôle métropolitain).",
           "sourceId": "src_r03mhvvr65e4",
           "quote": "Ces 5 territoires sont à présents couverts par des communautés professionnelles territoriales de santé (CPTS)"}]');
INSERT INTO cpts_department (cpts_id, department_code) VALUES ('cpts_m1j6r9kf168s', '25');
INSERT INTO cpts_mention (cpts_id, source_id, quote) VALUES
  ('cpts_m1j6r9kf168s', 'src_r03mhvvr65e4',
   'Les professionnels du territoire, la direction territoriale de l’agence régionale de santé (ARS), la caisse primaire d’Assurance maladie du Doubs et la Mutualité sociale agricole de Franche-Comté ont signé officiellement ce mardi 28 mai 2024 le projet de la communauté professionnelle territoriale de santé (CPTS) Avenir Santé.');
INSERT INTO lifecycle_event (cpts_id, stage, occurred_on, date_precision, source_id, quote) VALUES
  ('cpts_m1j6r9kf168s', 'ACI_SIGNED', '2024-05-28', 'DAY', 'src_r03mhvvr65e4',
   'ont signé officiellement ce mardi 28 mai 2024 le projet de la communauté professionnelle territoriale de santé (CPTS) Avenir Santé.');
INSERT INTO aci_contract (cpts_id, signed_on, signed_on_precision, signed_place, source_id, quote, note) VALUES
  ('cpts_m1j6r9kf168s', '2024-05-28', 'DAY', NULL, 'src_r03mhvvr65e4',
   'Les professionnels du territoire, la direction territoriale de l’agence régionale de santé (ARS), la caisse primaire d’Assurance maladie du Doubs et la Mutualité sociale agricole de Franche-Comté ont signé officiellement ce mardi 28 mai 2024 le projet de la communauté professionnelle territoriale de santé (CPTS) Avenir Santé.',
   'The article does not name the place of signature.');
INSERT INTO contract_signatory (cpts_id, position, kind, name) VALUES
  ('cpts_m1j6r9kf168s', 1, 'CPTS', 'Les professionnels du territoire (CPTS Avenir Santé)'),
  ('cpts_m1j6r9kf168s', 2, 'ARS', 'ARS Bourgogne-Franche-Comté (direction territoriale)'),
  ('cpts_m1j6r9kf168s', 3, 'CPAM', 'CPAM du Doubs'),
  ('cpts_m1j6r9kf168s', 4, 'MSA', 'MSA de Franche-Comté');
INSERT INTO cpts_mission (cpts_id, mission_code, actions, note, source_id, quote) VALUES
  ('cpts_m1j6r9kf168s', 'ACCESS_TO_CARE',
   ARRAY['Favoriser l’accès à un médecin traitant',
         'Renforcer l’offre de soins non programmés sur le territoire, en inscrivant cette offre dans le déploiement du service d’accès aux soins (SAS) interdépartemental'],
   NULL, 'src_r03mhvvr65e4',
   'Ce nouveau projet s’articule donc autour de nombreuses actions dont celles de "favoriser l’accès à un médecin traitant"'),
  ('cpts_m1j6r9kf168s', 'CARE_PATHWAYS',
   ARRAY['Améliorer le parcours de soins du patient diabétique'],
   NULL, 'src_r03mhvvr65e4',
   'Autre objectif : favoriser l’organisation des parcours pluri-professionnels "en améliorant plus spécialement le parcours de soins du patient diabétique"'),
  ('cpts_m1j6r9kf168s', 'PREVENTION',
   ARRAY['Promouvoir le sport santé auprès des patientes opérées d’une chirurgie du sein'],
   NULL, 'src_r03mhvvr65e4',
   'La communauté prévoit encore d’améliorer la prévention en santé publique, notamment en promouvant le sport santé auprès des patientes opérées d’une chirurgie du sein.'),
  ('cpts_m1j6r9kf168s', 'HEALTH_CRISIS_RESPONSE', '{}',
   'Les statuts de la CPTS organisent sa participation à la gestion des situations sanitaires exceptionnelles.',
   'src_r03mhvvr65e4',
   'les statuts de la CPTS "organisent sa participation à la gestion des situations sanitaires exceptionnelles sur le territoire et son accompagnement des professionnels de santé sur le territoire"'),
  ('cpts_m1j6r9kf168s', 'PROFESSIONAL_SUPPORT', '{}',
   'Les statuts de la CPTS organisent son accompagnement des professionnels de santé sur le territoire.',
   'src_r03mhvvr65e4',
   'les statuts de la CPTS "organisent sa participation à la gestion des situations sanitaires exceptionnelles sur le territoire et son accompagnement des professionnels de santé sur le territoire"');
INSERT INTO membership_snapshot (id, cpts_id, as_of, member_count, member_count_precision, counted, professions,
                                 professions_complete, member_organisations, source_id, quote) VALUES
  ('mem_03yh5sftz2m4', 'cpts_m1j6r9kf168s', '2024-05-28', 30, 'EXACT', 'adhérents',
   ARRAY['médecins', 'pharmaciens', 'infirmiers', 'sages-femmes', 'kinésithérapeutes', 'chirurgiens-dentistes',
         'pédicures-podologues'],
   false, '{}', 'src_r03mhvvr65e4',
   'Ils sont à ce jour 30 adhérents : médecins, pharmaciens, infirmiers, sages-femmes, kinésithérapeutes, chirurgiens-dentistes, pédicures-podologues …');

-- ---------------------------------------------------------------------------------------------------------
-- The other CPTS of Nord-Franche-Comté named on 2024-05-28 (no status or department in the text)
-- ---------------------------------------------------------------------------------------------------------
INSERT INTO cpts (id, name, region_code) VALUES
  ('cpts_1dhqgy4yehw5', 'CPTS du Grand Montbéliard', '27'),
  ('cpts_4d41m2r98dbe', 'CPTS Belfortaine', '27');

INSERT INTO cpts_mention (cpts_id, source_id, quote) VALUES
  ('cpts_1dhqgy4yehw5', 'src_r03mhvvr65e4', 'CPTS du Grand Montbéliard'),
  ('cpts_4d41m2r98dbe', 'src_r03mhvvr65e4', 'CPTS Belfortaine'),
  ('cpts_aky8kcvgns24', 'src_r03mhvvr65e4', 'CPTS Pourtour Belfortain');

UPDATE cpts
SET notes = '[{"text": "L’une des 5 CPTS qui couvrent le Nord-Franche-Comté (Pôle métropolitain) au 28 mai 2024.",
               "sourceId": "src_r03mhvvr65e4",
               "quote": "À la suite d’un travail conduit à l’échelle métropolitaine, une réflexion a conduit à définir 5 territoires à l’échelle du Pôle métropolitain. Ces 5 territoires sont à présents couverts par des communautés professionnelles territoriales de santé (CPTS)"}]'
WHERE id IN ('cpts_1dhqgy4yehw5', 'cpts_4d41m2r98dbe', 'cpts_aky8kcvgns24');
