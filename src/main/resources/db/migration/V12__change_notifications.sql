-- Any committed change to the data — through the API, a migration or by hand — notifies the channel cpts_changes,
-- so that every replica drops the representations it keeps in memory (fr.cpts.registry.http.ResponseCache).
-- Statement-level triggers, and PostgreSQL folds identical notifications of a transaction into one.
CREATE FUNCTION notify_cpts_changes() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    PERFORM pg_notify('cpts_changes', '');
    RETURN NULL;
END
$$;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['source', 'mission', 'region', 'department', 'commune', 'former_commune', 'epci',
                             'epci_member', 'coverage_unit', 'commune_unit', 'cpts', 'cpts_department', 'cpts_mention',
                             'lifecycle_event', 'aci_contract', 'contract_signatory', 'cpts_mission',
                             'membership_snapshot', 'cpts_commune', 'reported_figure', 'change_event']
    LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION notify_cpts_changes()', t || '_notify', t);
    END LOOP;
END
$$;
