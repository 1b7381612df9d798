package org.manabi.core.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Objects;
import java.util.Optional;
import org.manabi.core.audit.Actor;
import org.manabi.core.audit.AuditLog;
import org.manabi.core.identity.Account;
import org.manabi.core.identity.AccountChangeRefused;
import org.manabi.core.identity.AccountChangeRefused.Reason;
import org.manabi.core.identity.AccountRepository;
import org.manabi.core.identity.AccountStatus;
import org.manabi.core.identity.Role;
import org.manabi.core.persistence.Database;

/**
 * Personnel changes: moves a person to another department or organisation. The department must be
 * one of the target organisation's own; the move is audited with where from and where to.
 */
@ApplicationScoped
public class Placement {

    static final String MOVED = "ACCOUNT_MOVED";

    @PersistenceContext(unitName = Database.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Inject
    AccountRepository accounts;

    @Inject
    AuditLog auditLog;

    /**
     * Places the account in {@code organisationId} (or in none, with {@code null}) and in
     * {@code department} (blank for none); empty when there is no such (undeleted) account.
     *
     * @throws AccountChangeRefused when the organisation or department does not exist, a manager
     *                              would belong to no organisation, or the account is closed
     */
    @Transactional
    public Optional<Account> move(long accountId, Long organisationId, String department, Actor actor) {
        Optional<Account> found = accounts.findLocked(accountId).filter(a -> a.status() != AccountStatus.DELETED);
        if (found.isEmpty()) {
            return found;
        }
        Account account = found.get();
        if (account.isClosed()) {
            throw new AccountChangeRefused(Reason.ACCOUNT_CLOSED);
        }
        String newDepartment = department == null || department.isBlank() ? null : department.strip();
        if (organisationId == null) {
            if (account.roles().contains(Role.COMPANY_MANAGER)) {
                throw new AccountChangeRefused(Reason.MANAGER_NEEDS_ORGANISATION);
            }
            if (newDepartment != null) {
                throw new AccountChangeRefused(Reason.NO_SUCH_DEPARTMENT);
            }
        } else {
            Organisation organisation = entityManager.find(Organisation.class, organisationId);
            if (organisation == null) {
                throw new AccountChangeRefused(Reason.NO_SUCH_ORGANISATION);
            }
            if (newDepartment != null && !organisation.details().departments().contains(newDepartment)) {
                throw new AccountChangeRefused(Reason.NO_SUCH_DEPARTMENT);
            }
        }
        String from = describe(account.organisationId(), account.department());
        String to = describe(organisationId, newDepartment);
        if (!from.equals(to)) {
            account.assignTo(organisationId, newDepartment);
            auditLog.record(actor.entry(MOVED, "account:" + accountId, "from " + from + " to " + to));
        }
        return found;
    }

    private static String describe(Long organisationId, String department) {
        return "organisation:" + Objects.toString(organisationId, "none")
                + (department == null ? "" : " department " + department);
    }
}
