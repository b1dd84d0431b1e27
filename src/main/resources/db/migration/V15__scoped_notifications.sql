-- A write through the API notifies the scopes of the representations it touched (fr.cpts.registry.sync.ChangeLog),
-- so that the replicas' caches keep the rest; it says so at its start with the transaction-local setting
-- cpts.notified. Any other change — a migration, a manual fix — still notifies with an empty payload: every replica
-- then drops everything.
CREATE OR REPLACE FUNCTION notify_cpts_changes() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    IF coalesce(current_setting('cpts.notified', true), '') <> 'on' THEN
        PERFORM pg_notify('cpts_changes', '');
    END IF;
    RETURN NULL;
END
$$;
