package fr.cpts.registry.sync;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import fr.cpts.registry.cpts.CptsEntity;
import fr.cpts.registry.http.Cursor;
import fr.cpts.registry.http.Page;
import fr.cpts.registry.http.PageRequest;
import fr.cpts.registry.persistence.Ids;
import fr.cpts.registry.persistence.ReadOnlyTransaction;
import fr.cpts.registry.persistence.Refusal;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class HistoryService {

    /** Histories are listed newest first. */
    public static final String SORT = "newest";

    /** The writes to a CPTS, newest first; kept after a deletion. */
    @ReadOnlyTransaction
    public Page<HistoryEntry> ofCpts(String id, PageRequest page) {
        if (!Ids.plausible(id) || CptsEntity.findById(id) == null) {
            throw Refusal.notFound("CPTS", id);
        }
        Parameters params = Parameters.with("type", ResourceType.CPTS).and("id", id);
        String query = "resourceType = :type and resourceId = :id";
        if (page.after() != null) {
            query += " and seq < :after";
            params.and("after", page.after().numericId());
        }
        List<ChangeEventEntity> rows = ChangeEventEntity.<ChangeEventEntity>find(query + " order by seq desc", params)
                .page(0, page.fetchSize()).list();
        return page.page(rows, HistoryEntry::of, e -> new Cursor(SORT, null, Long.toString(e.seq)));
    }
}
