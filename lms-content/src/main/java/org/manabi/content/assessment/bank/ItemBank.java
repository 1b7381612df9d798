package org.manabi.content.assessment.bank;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.manabi.content.catalog.CatalogRefusal;
import org.manabi.content.catalog.DefinitionProblem;
import org.manabi.core.audit.AuditEntry;
import org.manabi.core.audit.AuditLog;
import org.manabi.core.persistence.Database;

/**
 * Authoring and finding bank items. Instructors and administrators share one bank; the web tier
 * lets only them in. A refused item throws {@link CatalogRefusal} naming the field and writes
 * nothing.
 */
@ApplicationScoped
public class ItemBank {

    public static final int MAX_TAGS = 20;

    /** What a tag may look like once lower-cased. */
    public static final String TAG_PATTERN = "[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,59}";

    @PersistenceContext(unitName = Database.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Inject
    Clock clock;

    @Inject
    AuditLog auditLog;

    protected ItemBank() {
    }

    /** For use outside a container, with a caller-managed transaction. */
    public ItemBank(EntityManager entityManager, Clock clock, AuditLog auditLog) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.auditLog = auditLog;
    }

    @Transactional
    public BankItem create(BankItemDefinition definition, Long authorId, String actor) {
        check(definition);
        BankItem item = new BankItem(definition, authorId, clock.instant());
        entityManager.persist(item);
        entityManager.flush();
        auditLog.record(new AuditEntry(actor, "BANK_ITEM_CREATED", "bank-item:" + item.id(), item.type(), null, null));
        return item;
    }

    @Transactional
    public BankItem update(long id, BankItemDefinition definition, String actor) {
        BankItem item = find(id).orElseThrow(() -> CatalogRefusal.notFound("bank item"));
        check(definition);
        item.define(definition, clock.instant());
        auditLog.record(new AuditEntry(actor, "BANK_ITEM_CHANGED", "bank-item:" + id, item.type(), null, null));
        return item;
    }

    public Optional<BankItem> find(long id) {
        return Optional.ofNullable(entityManager.find(BankItem.class, id));
    }

    public List<BankItem> search(BankQuery query) {
        StringBuilder jpql = new StringBuilder("select i from BankItem i where 1 = 1");
        if (query.tag() != null) {
            jpql.append(" and :tag member of i.tags");
        }
        if (query.level() != null) {
            jpql.append(" and i.level = :level");
        }
        if (query.type() != null) {
            jpql.append(" and i.type = :type");
        }
        if (query.skill() != null) {
            jpql.append(" and i.skill = :skill");
        }
        if (query.text() != null) {
            jpql.append(" and i.searchText like :text escape '\\'");
        }
        jpql.append(" order by i.id desc");
        TypedQuery<BankItem> q = entityManager.createQuery(jpql.toString(), BankItem.class);
        if (query.tag() != null) {
            q.setParameter("tag", query.tag().toLowerCase(Locale.ROOT));
        }
        if (query.level() != null) {
            q.setParameter("level", query.level().toUpperCase(Locale.ROOT));
        }
        if (query.type() != null) {
            q.setParameter("type", query.type());
        }
        if (query.skill() != null) {
            q.setParameter("skill", query.skill().toLowerCase(Locale.ROOT));
        }
        if (query.text() != null) {
            String escaped = query.text().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_");
            q.setParameter("text", "%" + escaped + "%");
        }
        return q.setMaxResults(query.limit()).getResultList();
    }

    /** The ids of the items that carry the tag (and the level, when given), for a quiz's draw. */
    public List<Long> idsTagged(String tag, String level) {
        String jpql = "select i.id from BankItem i where :tag member of i.tags"
                + (level == null ? "" : " and i.level = :level") + " order by i.id";
        var q = entityManager.createQuery(jpql, Long.class).setParameter("tag", tag);
        if (level != null) {
            q.setParameter("level", level);
        }
        return q.getResultList();
    }

    void check(BankItemDefinition definition) {
        List<DefinitionProblem> problems = problems(definition);
        if (!problems.isEmpty()) {
            throw CatalogRefusal.invalid(problems);
        }
    }

    /**
     * What {@link #create} would refuse in the definition, without storing anything; empty when it
     * would be accepted. Lets a caller that creates many items check them all before writing any.
     */
    public static List<DefinitionProblem> problems(BankItemDefinition definition) {
        List<DefinitionProblem> problems = new ArrayList<>();
        if (definition.body() == null) {
            problems.add(new DefinitionProblem("body", "Required", "the item is required"));
        }
        if (definition.difficulty() < 1 || definition.difficulty() > 5) {
            problems.add(new DefinitionProblem("difficulty", "Range", "from 1 to 5"));
        }
        if (definition.skill() != null && !definition.skill().matches("[a-z][a-z0-9-]{0,39}")) {
            problems.add(new DefinitionProblem("skill", "Pattern", "lower-case letters, digits or '-', at most 40"));
        }
        if (definition.level() != null && !definition.level().matches("[A-Z0-9][A-Z0-9-]{0,19}")) {
            problems.add(new DefinitionProblem("level", "Pattern", "letters, digits or '-', at most 20"));
        }
        if (definition.tags().size() > MAX_TAGS) {
            problems.add(new DefinitionProblem("tags", "Size", "at most " + MAX_TAGS + " tags"));
        }
        for (int i = 0; i < definition.tags().size(); i++) {
            if (!definition.tags().get(i).matches(TAG_PATTERN)) {
                problems.add(new DefinitionProblem("tags[" + i + "]", "Pattern",
                        "letters, digits, '.', '_' or '-', at most 60"));
            }
        }
        if (definition.body() != null && ItemJson.write(definition.body()).length() > 1_000_000) {
            problems.add(new DefinitionProblem("body", "TooLong", "at most 1 MB of JSON"));
        }
        return problems;
    }
}
