package org.manabi.core.accountimport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.manabi.core.accountimport.ImportFileException.Kind;
import org.manabi.core.identity.LoginIds;
import org.manabi.core.organisation.OrganisationDirectory;
import org.manabi.core.organisation.Viewer;
import org.manabi.core.persistence.Database;
import org.manabi.core.programme.Cohort;
import org.manabi.core.programme.Programme;
import org.manabi.core.programme.SeatAllocation;

/**
 * Reads an import file and checks every row against the database as it is now: what the preview
 * shows, and the first check of a commit. Nothing is written here.
 */
@ApplicationScoped
public class AccountImport {

    /** 2 MiB holds about 20,000 typical rows, four times the row limit; a bigger upload is a mistake. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;
    /** A city's programme has a few hundred learners; hashing 5,000 one-time passwords takes minutes already. */
    public static final int MAX_ROWS = 5_000;
    private static final int KEYS_PER_QUERY = 500;

    @PersistenceContext(unitName = Database.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Inject
    OrganisationDirectory organisations;

    @Inject
    Clock clock;

    protected AccountImport() {
    }

    /** For use outside a container, with a caller-managed transaction. */
    public AccountImport(EntityManager entityManager, OrganisationDirectory organisations, Clock clock) {
        this.entityManager = entityManager;
        this.organisations = organisations;
        this.clock = clock;
    }

    /**
     * @param viewer who imports; only organisations this viewer may see can be named
     * @throws ImportFileException when the file as a whole cannot be imported
     */
    public Analysis analyse(ImportRequest request, Viewer viewer) {
        if (request.content().length > MAX_BYTES) {
            throw new ImportFileException(Kind.TOO_LARGE, "file", "the file is larger than " + MAX_BYTES / 1024
                    + " KiB; split it into smaller files");
        }
        CsvDecoding.Decoded decoded = CsvDecoding.decode(request.content(), request.encoding());
        CsvTable table = CsvTable.parse(decoded.text(), MAX_ROWS);
        HeaderMapping mapping = HeaderMapping.of(table.headers(), request.chosenColumns());

        Map<String, OrganisationRef> byName = new HashMap<>();
        Map<Long, OrganisationRef> byId = new HashMap<>();
        organisations.visibleTo(viewer).forEach(o -> {
            OrganisationRef ref = new OrganisationRef(o.id(), o.name(), o.employeeCount());
            byName.putIfAbsent(RowValidation.nameKey(o.name()), ref);
            byId.put(o.id(), ref);
        });
        OrganisationRef defaultOrganisation = null;
        if (request.organisationId() != null) {
            defaultOrganisation = byId.get(request.organisationId());
            if (defaultOrganisation == null) {
                throw new ImportFileException(Kind.UNKNOWN_REFERENCE, "organisationId", "no such organisation");
            }
        }
        Cohort cohort = null;
        Programme programme = null;
        if (request.cohortId() != null) {
            cohort = entityManager.find(Cohort.class, request.cohortId());
            if (cohort == null) {
                throw new ImportFileException(Kind.UNKNOWN_REFERENCE, "cohortId", "no such cohort");
            }
            programme = entityManager.find(Programme.class, cohort.programmeId());
        }

        Set<String> keys = new HashSet<>();
        table.rows().forEach(row -> keys.add(LoginIds.key(mapping.value(row, Column.LOGIN_ID))));
        List<ImportRow> rows = RowValidation.validate(table, mapping, new RowValidation.Context(byName, byId,
                defaultOrganisation, loginKeysInUse(keys)));
        if (cohort != null) {
            rows = SeatCheck.apply(rows, programme, cohort, taken(programme, cohort),
                    LocalDate.ofInstant(clock.instant(), SeatAllocation.PROGRAMME_ZONE));
        }
        return new Analysis(request.fileName(), decoded.encoding(), decoded.byteOrderMark(), table.delimiter(),
                table.headers(), mapping.headersByField(), rows, cohort == null ? null
                : new Analysis.CohortRef(cohort.id(), cohort.name(), programme.id(), programme.name()));
    }

    private Set<String> loginKeysInUse(Set<String> keys) {
        List<String> all = new ArrayList<>(keys);
        Set<String> inUse = new HashSet<>();
        for (int from = 0; from < all.size(); from += KEYS_PER_QUERY) {
            inUse.addAll(entityManager.createQuery("select a.loginKey from Account a where a.loginKey in :keys",
                            String.class)
                    .setParameter("keys", all.subList(from, Math.min(all.size(), from + KEYS_PER_QUERY)))
                    .getResultList());
        }
        return inUse;
    }

    private SeatCheck.Taken taken(Programme programme, Cohort cohort) {
        Map<Long, Long> byOrganisation = new HashMap<>();
        entityManager.createQuery("select s.organisationId, count(s) from Seat s where s.programmeId = :id"
                        + " and s.organisationId is not null group by s.organisationId", Object[].class)
                .setParameter("id", programme.id())
                .getResultList()
                .forEach(row -> byOrganisation.put((Long) row[0], ((Number) row[1]).longValue()));
        return new SeatCheck.Taken(
                count("select count(s) from Seat s where s.programmeId = :id", programme.id()),
                count("select count(s) from Seat s where s.cohortId = :id", cohort.id()),
                count("select count(s) from Seat s where s.cohortId = :id and s.invited = true", cohort.id()),
                byOrganisation);
    }

    private long count(String query, long id) {
        return entityManager.createQuery(query, Long.class).setParameter("id", id).getSingleResult();
    }
}
