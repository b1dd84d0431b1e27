package fr.cpts.registry.cpts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.cpts.registry.fact.Basis;
import fr.cpts.registry.fact.BasisInput;
import fr.cpts.registry.fact.BasisKind;
import fr.cpts.registry.fact.DatePrecision;
import fr.cpts.registry.fact.Dates;
import fr.cpts.registry.fact.StoredBasis;
import fr.cpts.registry.http.BodyErrors;
import fr.cpts.registry.http.MergePatch;
import fr.cpts.registry.persistence.ExpectedVersion;
import fr.cpts.registry.persistence.Ids;
import fr.cpts.registry.persistence.Refusal;
import fr.cpts.registry.persistence.Timestamps;
import fr.cpts.registry.source.SourceEntity;
import fr.cpts.registry.source.SourceIds;
import fr.cpts.registry.sync.ChangeLog;
import fr.cpts.registry.sync.ResourceType;
import fr.cpts.registry.territory.Codes;
import fr.cpts.registry.territory.DepartmentEntity;
import fr.cpts.registry.territory.ReferenceGeography;
import fr.cpts.registry.territory.RegionEntity;

/**
 * Writes to a CPTS. Each runs in one transaction that locks the CPTS row, checks If-Match against its version,
 * applies the change, bumps the version and records the change: two writers on the same version never both win,
 * and a write that fails leaves no trace.
 */
@ApplicationScoped
public class CptsCommands {

    @Inject
    EntityManager em;

    @Inject
    CptsService reads;

    @Inject
    ChangeLog changes;

    @Inject
    ReferenceGeography geography;

    @Inject
    Validator validator;

    @Inject
    ObjectMapper mapper;

    @Inject
    CptsReadModel model;

    @Transactional
    public CptsWrite.Committed create(CptsInput input) {
        start();
        check(input);
        CptsEntity cpts = new CptsEntity();
        cpts.id = Ids.next("cpts");
        cpts.createdAt = Timestamps.now();
        // Set before persist: Hibernate inserts the state the entity has then.
        cpts.updatedAt = cpts.createdAt;
        apply(input, cpts);
        cpts.persist();
        return commit(cpts, "CREATED", null, Set.of());
    }

    @Transactional
    public CptsWrite.Committed replace(String id, ExpectedVersion expected, CptsInput input) {
        CptsWrite write = begin(id, expected);
        check(input);
        apply(input, write.cpts());
        return write.commit("UPDATED");
    }

    /** JSON Merge Patch of the editable facts: the patched document must be a valid PUT body. */
    @Transactional
    public CptsWrite.Committed patch(String id, ExpectedVersion expected, JsonNode patch)
            throws JsonProcessingException {
        CptsWrite write = begin(id, expected);
        JsonNode patched = MergePatch.apply(mapper.valueToTree(CptsInput.of(write.cpts())), patch);
        CptsInput input = mapper.treeToValue(patched, CptsInput.class);
        check(input);
        apply(input, write.cpts());
        return write.commit("UPDATED");
    }

    /** Deletes the CPTS for readers; its row stays as a tombstone. */
    @Transactional
    public void remove(String id, ExpectedVersion expected) {
        CptsWrite write = begin(id, expected);
        CptsEntity cpts = write.cpts();
        cpts.removedAt = Timestamps.now();
        cpts.updatedAt = cpts.removedAt;
        em.flush();
        model.refreshDerived();
        changes.record(ResourceType.CPTS, cpts.id, "DELETED", cpts.version, write.before(), null);
    }

    /** Records a lifecycle stage the CPTS reached; only forward moves, or a dissolution, are legal. */
    @Transactional
    public CptsWrite.Committed recordStage(String id, ExpectedVersion expected, LifecycleInput input) {
        CptsWrite write = begin(id, expected);
        BodyErrors errors = new BodyErrors();
        errors.validate(validator, input);
        LocalDate date = date(errors, "/date", input.date(), input.datePrecision());
        BasisInput.check(input.basis(), errors::reject, "/basis", BasisKind.STATED, BasisKind.INFERRED);
        SourceIds.requireExisting(errors, SourceIds.at("/sourceId", input.sourceId()));
        errors.throwIfAny();
        reachStage(write.cpts(), input.stage(), date, input.datePrecision(), source(input.sourceId()), input.quote(),
                BasisInput.basis(input.basis()), true, "/date");
        return write.commit("LIFECYCLE_STAGE_RECORDED", CptsPart.LIFECYCLE);
    }

    /**
     * Adds a stage to the CPTS's lifecycle and makes it its status (derived from it, inferred when the stage is). A
     * stage already recorded, a move backwards or anything after a dissolution is a 409 when {@code strict}, silently
     * skipped otherwise (a stage implied by another write, such as ACI_SIGNED by a contract). A date before an earlier
     * stage's is a 422 on {@code datePointer}.
     */
    public void reachStage(CptsEntity cpts, LifecycleStage stage, LocalDate date, DatePrecision precision,
            SourceEntity source, String quote, Basis basis, boolean strict, String datePointer) {
        String illegal = null;
        if (cpts.lifecycle.stream().anyMatch(e -> e.stage == stage)) {
            illegal = "the stage " + stage + " is already recorded";
        } else if (cpts.status == LifecycleStage.DISSOLVED) {
            illegal = "the CPTS is dissolved: no stage follows";
        } else if (stage != LifecycleStage.DISSOLVED && cpts.status != null && stage.compareTo(cpts.status) < 0) {
            illegal = "a CPTS at " + cpts.status + " cannot move back to " + stage;
        }
        if (illegal != null) {
            if (strict) {
                throw new Refusal(Refusal.Kind.CONFLICT, "Illegal lifecycle transition: " + illegal + ".");
            }
            return;
        }
        LocalDate latest = cpts.lifecycle.stream().map(e -> e.occurredOn).max(LocalDate::compareTo).orElse(null);
        if (latest != null && date.isBefore(latest)) {
            BodyErrors errors = new BodyErrors();
            errors.reject(datePointer, "must not be before the latest recorded stage (" + latest + ")");
            errors.throwIfAny();
        }
        LifecycleEvent event = new LifecycleEvent();
        event.stage = stage;
        event.occurredOn = date;
        event.datePrecision = precision;
        event.source = source;
        event.quote = quote;
        event.basis = StoredBasis.of(basis);
        cpts.lifecycle.add(event);
        cpts.status = stage;
        cpts.statusBasis = basis.kind() == BasisKind.INFERRED ? BasisKind.INFERRED : BasisKind.DERIVED;
    }

    /**
     * Starts a write to the CPTS or one of its parts, the one way every write path takes: locks the CPTS, checks that
     * If-Match names its current version, and keeps its representation before the write (as stored, or computed).
     * The caller then validates and applies its change, and ends with {@link CptsWrite#commit}.
     */
    public CptsWrite begin(String id, ExpectedVersion expected) {
        start();
        CptsEntity cpts = CptsEntity.lockRequired(id);
        expected.check(cpts.version);
        JsonNode before = model.detail(cpts.id, cpts.version).map(this::tree)
                .orElseGet(() -> mapper.valueToTree(reads.detail(cpts)));
        return new CptsWrite(this, cpts, before);
    }

    /**
     * Starts the write's transaction. Its changes are flushed when {@link #commit} writes them, and at the end: no
     * statement before needs them (the checks read other tables), and Hibernate's automatic flush would dirty-check
     * every loaded entity before each one.
     */
    private void start() {
        changes.beginWrite();
        em.setFlushMode(FlushModeType.COMMIT);
    }

    /**
     * Ends a write: bumps the CPTS's version, stores its new representations and the coverage they change (the read
     * model), and records the change against the representation {@code before} it (null for a creation). The parts
     * of the representation the write did not change are taken from {@code before}: each read again would be one
     * more round trip to PostgreSQL while the CPTS is locked.
     */
    CptsWrite.Committed commit(CptsEntity cpts, String operation, JsonNode before, Set<CptsPart> changed) {
        if (before != null) {
            cpts.updatedAt = Timestamps.now();
        }
        em.flush();
        CptsDetail after = reads.detail(cpts, before == null ? null : mapper.convertValue(before, CptsDetail.class),
                changed);
        byte[] json = model.store(after, cpts.version);
        changes.record(ResourceType.CPTS, cpts.id, operation, cpts.version, before, tree(json));
        return new CptsWrite.Committed(after, json, cpts.version);
    }

    private JsonNode tree(byte[] json) {
        try {
            return mapper.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Bean Validation and the checks it cannot make (references, codes, dates at their precision), every error in one
     * 422. The checks skip what Bean Validation already rejects.
     */
    private void check(CptsInput input) {
        BodyErrors errors = new BodyErrors();
        errors.validate(validator, input);
        if (input.region() != null && Codes.REGION.matcher(input.region()).matches() && !geography.isRegion(input.region())) {
            errors.reject("/region", "no region has code '" + input.region() + "'");
        }
        List<String> departments = input.departments() == null ? List.of() : input.departments();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < departments.size(); i++) {
            String code = departments.get(i);
            if (code == null || !Codes.DEPARTMENT.matcher(code).matches()) {
                continue;
            }
            if (!geography.isDepartment(code)) {
                errors.reject("/departments/" + i, "no department has code '" + code + "'");
            } else if (input.region() == null || !geography.department(code).region().code().equals(input.region())) {
                errors.reject("/departments/" + i, "department " + code + " is not in region " + input.region());
            } else if (!seen.add(code)) {
                errors.reject("/departments/" + i, "department " + code + " is given twice");
            }
        }
        if (input.launch() != null) {
            date(errors, "/launch/date", input.launch().date(), input.launch().datePrecision());
        }
        forEach(input.indicators(), (i, indicator) -> {
            if (indicator != null && indicator.asOf() != null && !Dates.plausible(indicator.asOf())) {
                errors.reject("/indicators/" + i + "/asOf", "must be from " + Dates.EARLIEST + " to today");
            }
            if (indicator != null) {
                BasisInput.check(indicator.asOfBasis(), errors::reject, "/indicators/" + i + "/asOfBasis",
                        BasisKind.STATED, BasisKind.DERIVED);
            }
        });
        Set<String> mentioned = new HashSet<>();
        forEach(input.mentions(), (i, mention) -> {
            if (mention != null && mention.sourceId() != null && !mentioned.add(mention.sourceId())) {
                errors.reject("/mentions/" + i + "/sourceId", "source " + mention.sourceId() + " is mentioned twice");
            }
        });
        SourceIds.requireExisting(errors, sourceIds(input));
        errors.throwIfAny();
    }

    /** Reads a date at its precision, checking that it is plausible; null (and an error) when it is not. */
    public static LocalDate date(BodyErrors errors, String pointer, String text, DatePrecision precision) {
        if (text == null || precision == null) {
            return null;
        }
        try {
            LocalDate date = precision.parse(text);
            if (!Dates.plausible(date)) {
                errors.reject(pointer, "must be from " + Dates.EARLIEST + " to today");
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            errors.reject(pointer, "must be written " + switch (precision) {
                case DAY, ON_OR_BEFORE -> "YYYY-MM-DD";
                case MONTH -> "YYYY-MM";
                case YEAR -> "YYYY";
            } + " for precision " + precision);
            return null;
        }
    }

    private static Map<String, String> sourceIds(CptsInput input) {
        Map<String, String> ids = new LinkedHashMap<>();
        if (input.launch() != null) {
            ids.put("/launch/sourceId", input.launch().sourceId());
        }
        if (input.declaredPopulation() != null) {
            ids.put("/declaredPopulation/sourceId", input.declaredPopulation().sourceId());
        }
        if (input.declaredCommuneCount() != null) {
            ids.put("/declaredCommuneCount/sourceId", input.declaredCommuneCount().sourceId());
        }
        forEach(input.partners(), (i, p) -> ids.put("/partners/" + i + "/sourceId", p == null ? null : p.sourceId()));
        forEach(input.governance(), (i, g) -> ids.put("/governance/" + i + "/sourceId", g == null ? null : g.sourceId()));
        forEach(input.indicators(), (i, f) -> ids.put("/indicators/" + i + "/sourceId", f == null ? null : f.sourceId()));
        forEach(input.priorityPopulations(),
                (i, p) -> ids.put("/priorityPopulations/" + i + "/sourceId", p == null ? null : p.sourceId()));
        forEach(input.notes(), (i, n) -> ids.put("/notes/" + i + "/sourceId", n == null ? null : n.sourceId()));
        forEach(input.mentions(), (i, m) -> ids.put("/mentions/" + i + "/sourceId", m == null ? null : m.sourceId()));
        return ids;
    }

    private void apply(CptsInput input, CptsEntity cpts) {
        cpts.name = input.name().strip();
        cpts.legalForm = input.legalForm();
        cpts.region = input.region() == null ? null : em.getReference(RegionEntity.class, input.region());
        List<RecordedDepartment> departments = departments(cpts, orEmpty(input.departments()));
        // Set only when changed: a collection set anew is deleted and inserted again, rows unchanged or not.
        if (!departments.equals(cpts.departments)) {
            cpts.departments = departments;
        }
        CptsInput.Launch launch = input.launch();
        cpts.launchDate = launch == null ? null : launch.datePrecision().parse(launch.date());
        cpts.launchDatePrecision = launch == null ? null : launch.datePrecision();
        cpts.launchPlace = launch == null ? null : launch.place();
        cpts.launchSource = launch == null ? null : source(launch.sourceId());
        CptsInput.DeclaredCount population = input.declaredPopulation();
        cpts.declaredPopulation = population == null ? null : population.value();
        cpts.declaredPopulationPrecision = population == null ? null : population.precision();
        cpts.declaredPopulationSource = population == null ? null : source(population.sourceId());
        CptsInput.DeclaredCount communes = input.declaredCommuneCount();
        cpts.declaredCommuneCount = communes == null ? null : communes.value();
        cpts.declaredCommunePrecision = communes == null ? null : communes.precision();
        cpts.declaredCommuneSource = communes == null ? null : source(communes.sourceId());
        cpts.finess = input.finess();
        cpts.siret = input.siret();
        cpts.partners = new ArrayList<>(orEmpty(input.partners()).stream()
                .map(p -> new StoredFacts.Partner(p.name(), p.kind(), p.role(), p.sourceId())).toList());
        cpts.governance = new ArrayList<>(orEmpty(input.governance()).stream()
                .map(g -> new StoredFacts.GovernanceBody(g.body(), g.description(), orEmpty(g.composition()).stream()
                        .map(s -> new StoredFacts.Seat(s.group(), s.count())).toList(), g.sourceId(), g.quote()))
                .toList());
        cpts.indicators = new ArrayList<>(orEmpty(input.indicators()).stream().map(i -> {
            Basis asOfBasis = BasisInput.basis(i.asOfBasis());
            return new StoredFacts.Indicator(i.code(), i.label(), i.value(), i.unit(), i.precision(), i.population(),
                    i.asOf(), asOfBasis.kind(), asOfBasis.reason(), i.sourceId(), i.quote());
        }).toList());
        cpts.priorityPopulations = new ArrayList<>(orEmpty(input.priorityPopulations()).stream()
                .map(p -> new StoredFacts.PriorityPopulation(p.label(), p.sourceId())).toList());
        cpts.notes = new ArrayList<>(orEmpty(input.notes()).stream()
                .map(n -> new StoredFacts.Note(n.text(), n.sourceId(), n.quote())).toList());
        if (!sameMentions(cpts.mentions, input.mentions())) {
            cpts.mentions.clear();
            for (CptsInput.Mention m : input.mentions()) {
                Mention mention = new Mention();
                mention.source = source(m.sourceId());
                mention.quote = m.quote();
                cpts.mentions.add(mention);
            }
        }
    }

    private static boolean sameMentions(List<Mention> recorded, List<CptsInput.Mention> given) {
        if (recorded.size() != given.size()) {
            return false;
        }
        for (int i = 0; i < given.size(); i++) {
            Mention mention = recorded.get(i);
            if (!mention.source.id.equals(given.get(i).sourceId()) || !Objects.equals(mention.quote, given.get(i).quote())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The departments an editor gives, by code: a department already recorded keeps how it is known (an inference from
     * a CPAM stays one); a new one is stated.
     */
    private List<RecordedDepartment> departments(CptsEntity cpts, List<String> codes) {
        Map<String, RecordedDepartment> recorded = new HashMap<>();
        cpts.departments.forEach(d -> recorded.put(d.department.code, d));
        List<RecordedDepartment> departments = new ArrayList<>();
        for (String code : codes) {
            RecordedDepartment department = recorded.get(code);
            if (department == null) {
                department = new RecordedDepartment();
                department.department = em.getReference(DepartmentEntity.class, code);
            }
            departments.add(department);
        }
        return departments;
    }

    public SourceEntity source(String id) {
        return em.getReference(SourceEntity.class, id);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** Something done with each item of a body list and its index, for pointers such as /partners/3/sourceId. */
    @FunctionalInterface
    interface Indexed<T> {
        void accept(int index, T item);
    }

    static <T> void forEach(List<T> list, Indexed<T> action) {
        List<T> items = orEmpty(list);
        for (int i = 0; i < items.size(); i++) {
            action.accept(i, items.get(i));
        }
    }
}
