package org.manabi.core.accountimport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.manabi.core.audit.AuditEntry;
import org.manabi.core.audit.AuditLog;
import org.manabi.core.identity.Account;
import org.manabi.core.identity.AccountAdministration;
import org.manabi.core.programme.SeatAllocation;
import org.manabi.core.programme.SeatRules;

/**
 * Writes the accounts of one import, and their seats, in one transaction. Everything is checked
 * again here, under the programme's lock, because the world may have changed since the preview
 * (someone took a login id, or the last seat). If any row fails, {@link ImportRejected} rolls the
 * whole transaction back: the file is imported completely or not at all.
 */
@ApplicationScoped
public class AccountImportWriter {

    static final String IMPORTED = "ACCOUNTS_IMPORTED";

    /** A checked row with the hash of its one-time password, made before the transaction. */
    public record Prepared(ImportRow row, String oneTimePasswordHash) {
    }

    /**
     * Who imports, for the audit trail.
     *
     * @param sourceAddress the client's address, or {@code null}
     * @param requestId     the request that started the import, or {@code null}
     */
    public record Actor(String loginId, String sourceAddress, String requestId) {
    }

    @Inject
    AccountAdministration administration;

    @Inject
    SeatAllocation seats;

    @Inject
    AuditLog auditLog;

    @Inject
    Clock clock;

    protected AccountImportWriter() {
    }

    /** For use outside a container, with a caller-managed transaction. */
    public AccountImportWriter(AccountAdministration administration, SeatAllocation seats, AuditLog auditLog,
                               Clock clock) {
        this.administration = administration;
        this.seats = seats;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * @param cohortId where to seat everyone, or {@code null}
     * @param written  told how many rows are written so far
     * @return the accounts, in file order
     * @throws ImportRejected when any row cannot be written; nothing is then kept
     */
    @Transactional
    public List<Account> write(List<Prepared> accounts, Long cohortId, String fileName, Actor actor,
                               IntConsumer written) {
        List<RowError> errors = new ArrayList<>();
        List<Account> created = new ArrayList<>();
        Instant now = clock.instant();
        for (Prepared prepared : accounts) {
            ImportRow row = prepared.row();
            if (administration.exists(row.loginId())) {
                errors.add(new RowError(row.line(), "loginId", "Taken",
                        "another account took this login ID after the preview"));
                continue;
            }
            Account account = administration.issuePrehashed(row.loginId(), row.displayName(), row.email(),
                    prepared.oneTimePasswordHash(), row.roles(), row.organisationId(), row.department(),
                    actor.loginId());
            if (cohortId != null) {
                SeatRules.Request request = new SeatRules.Request(row.organisationId(), false,
                        row.organisation() == null ? null : row.organisation().employeeCount());
                SeatRules.Decision decision = seats.grant(cohortId, request, account.id(), now).decision();
                if (decision != SeatRules.Decision.GRANTED) {
                    errors.add(SeatCheck.error(row.line(), decision));
                }
            }
            created.add(account);
            written.accept(created.size());
        }
        if (!errors.isEmpty()) {
            throw new ImportRejected(errors);
        }
        auditLog.record(new AuditEntry(actor.loginId(), IMPORTED, cohortId == null ? null : "cohort:" + cohortId,
                created.size() + " accounts from " + describe(fileName), actor.sourceAddress(), actor.requestId()));
        return created;
    }

    /** A file name for the audit trail: clipped, and only plain characters, so the trail stays readable. */
    static String describe(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "an unnamed file";
        }
        String plain = fileName.strip().replaceAll("[\\p{Cntrl}<>\"]", "_");
        return "\"" + (plain.length() > 120 ? plain.substring(0, 120) + "…" : plain) + "\"";
    }
}
