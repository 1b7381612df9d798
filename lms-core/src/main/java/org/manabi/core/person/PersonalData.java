package org.manabi.core.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.manabi.core.audit.Actor;
import org.manabi.core.audit.AuditEvent;
import org.manabi.core.audit.AuditLog;
import org.manabi.core.identity.Account;
import org.manabi.core.identity.AccountErasure;
import org.manabi.core.identity.AccountRepository;
import org.manabi.core.identity.AccountRevocation;
import org.manabi.core.identity.AccountStatus;
import org.manabi.core.organisation.Organisation;
import org.manabi.core.organisation.OrganisationDirectory;
import org.manabi.core.organisation.Viewer;
import org.manabi.core.programme.LearnerSeats;

/**
 * Reads a person's file on behalf of a {@link Viewer}. An administrator may read anyone's; a
 * company manager only that of a person in their own organisation. Any other account is reported
 * as absent, exactly like one that does not exist, so ids cannot be probed. Each read is audited
 * with who read it, from where, and whose file it was.
 */
@ApplicationScoped
public class PersonalData {

    static final String VIEWED = "PERSONAL_DATA_VIEWED";
    static final String EXPORTED = "PERSONAL_DATA_EXPORTED";
    /** An export is for one person; a trail longer than this is cut, and the export says so. */
    public static final int MAX_TRAIL = 10_000;

    @Inject
    AccountRepository accounts;

    @Inject
    OrganisationDirectory organisations;

    @Inject
    LearnerSeats seats;

    @Inject
    AccountRevocation revocations;

    @Inject
    AccountErasure erasures;

    @Inject
    AuditLog auditLog;

    /** The person's file without the audit trail; the view is audited. */
    @Transactional
    public Optional<PersonFile> view(Viewer viewer, long accountId, Actor actor) {
        Optional<PersonFile> file = visible(viewer, accountId).map(account -> file(viewer, account, List.of()));
        file.ifPresent(f -> auditLog.record(actor.entry(VIEWED, "account:" + accountId, null)));
        return file;
    }

    /** Everything, including the person's audit trail, for administrators; the export is audited. */
    @Transactional
    public Optional<PersonFile> export(Viewer viewer, long accountId, Actor actor) {
        if (!viewer.mayListAll()) {
            return Optional.empty();
        }
        Optional<PersonFile> file = accounts.find(accountId).map(account -> file(viewer, account,
                auditLog.concerning(account.loginId(), "account:" + accountId, MAX_TRAIL)));
        file.ifPresent(f -> auditLog.record(actor.entry(EXPORTED, "account:" + accountId,
                f.trail().size() + " audit entries")));
        return file;
    }

    private Optional<Account> visible(Viewer viewer, long accountId) {
        Optional<Account> account = accounts.find(accountId);
        if (viewer.mayListAll()) {
            return account;
        }
        return account.filter(a -> a.status() != AccountStatus.DELETED)
                .filter(a -> a.organisationId() != null && viewer.maySee(a.organisationId()));
    }

    private PersonFile file(Viewer viewer, Account account, List<AuditEvent> trail) {
        String organisationName = account.organisationId() == null ? null
                : organisations.find(viewer, account.organisationId()).map(Organisation::name).orElse(null);
        return new PersonFile(account.id(), account.loginId(), account.displayName(), account.email(),
                account.roles(), account.status(), account.organisationId(), organisationName, account.department(),
                account.preferredLanguage(), account.mustChangePassword(), account.createdAt(),
                account.passwordChangedAt(), seats.heldBy(account.id()),
                viewer.mayListAll() ? revocations.forAccount(account.id()) : List.of(),
                viewer.mayListAll() ? erasures.recordsFor(account.id()) : List.of(), trail);
    }
}
