-- A page of a region's CPTS by name walks this index (the most common filter of partners' lists: one ARS reads its
-- region) instead of reading the region's rows and sorting them.
CREATE INDEX cpts_region_name_idx ON cpts (region_code, search_name, id) WHERE removed_at IS NULL;

-- Coverage counts the CPTS by lifecycle stage (and region) from this index alone, not from the wide rows.
CREATE INDEX cpts_status_region_idx ON cpts (status, region_code) WHERE removed_at IS NULL;
-- Coverage lists the operating CPTS whose commune list is unknown, by name, from this index.
CREATE INDEX cpts_unmapped_idx ON cpts (search_name, id)
    WHERE status = 'ACI_SIGNED' AND territory_basis IS NULL AND removed_at IS NULL;
