package fr.cpts.registry.sync;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;

import fr.cpts.registry.http.ResponseCache;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Records each write in change_event, inside the write's own transaction: a write that rolls back leaves no trace,
 * and one that commits always has its record.
 */
@ApplicationScoped
public class ChangeLog {

    /** The channel of change notifications: each payload names the scopes touched, empty for everything. */
    public static final String NOTIFICATIONS = "cpts_changes";

    /** Fields that change with every write and say nothing about it. */
    private static final Set<String> BOOKKEEPING = Set.of("createdAt", "updatedAt");

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Inject
    SecurityIdentity identity;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    ResponseCache cache;

    /**
     * Records a write of {@code operation} that brought the resource to {@code version}; {@code before} and
     * {@code after} are its representations, as objects or JSON trees (null before a creation, after a removal).
     */
    public void record(ResourceType type, String id, String operation, long version, Object before, Object after) {
        JsonNode beforeTree = tree(before);
        JsonNode afterTree = tree(after);
        List<FieldChange> changes = diff(beforeTree, afterTree);
        Set<String> touched = RepresentationScopes.touchedBy(type, id, changes, beforeTree, afterTree);
        try {
            // Other replicas learn at commit which representations it touched; this one at once (below), so that a
            // writer reads its own write.
            em.createNativeQuery("WITH recorded AS (INSERT INTO change_event (resource_type, resource_id, operation, "
                    + "version, actor, changes) VALUES (:type, :id, :operation, :version, :actor, CAST(:changes AS jsonb))) "
                    + "SELECT pg_notify('" + NOTIFICATIONS + "', :scopes)")
                    .setParameter("type", type.name())
                    .setParameter("id", id)
                    .setParameter("operation", operation)
                    .setParameter("version", version)
                    .setParameter("actor", actor())
                    .setParameter("changes", mapper.writeValueAsString(changes))
                    .setParameter("scopes", String.join(" ", touched))
                    .getSingleResult();
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        cache.invalidate(touched);
                    }
                }
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Starts a write transaction whose notification is its own: the tables' statement triggers then leave it to the
     * transaction (V15). A write through the API {@link #record}s its changes, which notifies what it touched instead
     * of emptying every replica's cache; the read model's refresher records none, as what it stores changes nothing
     * readers see. To call before the transaction's first write statement.
     */
    public void beginWrite() {
        em.createNativeQuery("SELECT set_config('cpts.notified', 'on', true)").getSingleResult();
    }

    private JsonNode tree(Object representation) {
        return representation instanceof JsonNode tree ? tree : mapper.valueToTree(representation);
    }

    /** Who writes: the subject of the bearer token. */
    public String actor() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    /** The top-level fields whose values differ, in name order. */
    static List<FieldChange> diff(JsonNode before, JsonNode after) {
        Set<String> fields = new TreeSet<>();
        fieldNames(before, fields);
        fieldNames(after, fields);
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            JsonNode old = value(before, field);
            JsonNode now = value(after, field);
            if (!BOOKKEEPING.contains(field) && !old.equals(now)) {
                changes.add(new FieldChange(field, old.isNull() ? null : old, now.isNull() ? null : now));
            }
        }
        return changes;
    }

    private static void fieldNames(JsonNode node, Set<String> into) {
        if (node != null && node.isObject()) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
                into.add(names.next());
            }
        }
    }

    private static JsonNode value(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null ? NullNode.getInstance() : value;
    }
}
