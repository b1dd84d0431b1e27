-- Every write is recorded here, in its own transaction: who, when, what, and the before/after of the changed fields.
-- It is the audit history of each resource and the change feed partners sync from. A change's transaction id
-- (txid) lets the feed wait until every transaction that could still commit an earlier change has ended.
CREATE TABLE change_event (
    seq           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    txid          xid8        NOT NULL DEFAULT pg_current_xact_id(),
    resource_type varchar(16) NOT NULL CHECK (resource_type IN ('CPTS', 'SOURCE')),
    resource_id   varchar(32) NOT NULL,
    operation     varchar(32) NOT NULL,
    version       bigint      NOT NULL,
    occurred_at   timestamptz NOT NULL DEFAULT now(),
    actor         text        NOT NULL,
    changes       jsonb       NOT NULL DEFAULT '[]'
);
CREATE INDEX change_event_resource_idx ON change_event (resource_type, resource_id, seq DESC);
CREATE INDEX change_event_feed_idx ON change_event (txid, seq);

-- A deleted CPTS keeps its row as a tombstone: gone for readers, still known to the change feed.
ALTER TABLE cpts ADD COLUMN removed_at timestamptz;
CREATE INDEX cpts_live_idx ON cpts (id) WHERE removed_at IS NULL;

-- The records loaded by migrations, as their first changes.
INSERT INTO change_event (resource_type, resource_id, operation, version, occurred_at, actor)
SELECT 'SOURCE', id, 'CREATED', version, created_at, 'migration' FROM source ORDER BY published_on, id;
INSERT INTO change_event (resource_type, resource_id, operation, version, occurred_at, actor)
SELECT 'CPTS', id, 'CREATED', version, created_at, 'migration' FROM cpts ORDER BY id;
