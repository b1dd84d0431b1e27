-- The commune lists the seed sources make certain, with how each was established. Where the sources only give
-- counts (Avenir Santé: "58 communes du Pays de Montbéliard Agglomération", which has 73), no list is recorded.
CREATE TEMPORARY TABLE seed_territory (cpts_id text, epci_code text, source_id text, basis text, quote text) ON COMMIT DROP;

INSERT INTO seed_territory VALUES
  ('cpts_18nn34zvb449', '242500361', 'src_hw6w99sa42ds',
   'The communes of the CU Grand Besançon Métropole (EPCI 242500361): the source gives the CPTS''s territory as Besançon '
   || 'and its metropolis («le Grand Besançon», «Besançon et sa métropole»), the territory of the contrat local de santé '
   || '(«qui couvre le même territoire»).',
   'au service des près de 200.000 habitants du Grand Besançon […] à l’échelle de Besançon et de sa métropole'),
  ('cpts_fqgmb7d998ve', '247000722', 'src_bbdndrjz3kfz',
   'The communes of the CC du Pays d''Héricourt (EPCI 247000722): the CPTS is that of the Pays d''Héricourt and the '
   || 'source gives it 23 communes and more than 21,000 inhabitants; the EPCI has 23 communes and 21,426 inhabitants in '
   || 'INSEE total population (20,969 in municipal population, the figure used here).',
   'Plus de 21 000 habitants de 23 communes du pôle métropolitain Nord-Franche-Comté : la communauté professionnelle territoriale de santé du Pays d’Héricourt a été officialisée ce vendredi 19 avril.');

INSERT INTO cpts_commune (cpts_id, commune_code)
SELECT t.cpts_id, m.commune_code FROM seed_territory t JOIN epci_member m ON m.epci_code = t.epci_code;

-- Figures computed from the lists: INSEE 2026 municipal population.
UPDATE cpts SET
    territory_basis = t.basis,
    territory_epci_code = t.epci_code,
    territory_source_id = t.source_id,
    territory_quote = t.quote,
    territory_population = f.population,
    territory_commune_count = f.communes,
    territory_vintage = 2026
FROM seed_territory t
JOIN (SELECT cc.cpts_id, sum(coalesce(m.population, 0))::integer AS population, count(*)::integer AS communes
      FROM cpts_commune cc JOIN commune m ON m.code = cc.commune_code
      GROUP BY cc.cpts_id) f ON f.cpts_id = t.cpts_id
WHERE cpts.id = t.cpts_id;
