package org.manabi.core.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.manabi.core.audit.Actor;
import org.manabi.core.audit.AuditEntry;
import org.manabi.core.audit.AuditLog;

/** Creates accounts on someone's behalf: an administrator, or the server itself for demo data. */
@ApplicationScoped
public class AccountAdministration {

    static final String CREATED = "ACCOUNT_CREATED";
    static final String REISSUED = "ONE_TIME_PASSWORDS_REISSUED";
    /** A credentials sheet covers at most this many people: hashing is deliberately slow (about 40 ms each). */
    public static final int MAX_REISSUE = 300;
    static final String LISTED = "ACCOUNTS_LISTED";
    /** No 0/O, 1/l/I: a one-time password is often read aloud or copied from paper. */
    private static final char[] ONE_TIME_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    /** An account just issued, with the one-time password to hand to its holder; it is stored nowhere. */
    public record Issued(Account account, String oneTimePassword) {

        @Override
        public String toString() {
            return "Issued[" + account.loginId() + "]";
        }
    }

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditLog auditLog;

    @Inject
    Clock clock;

    /**
     * Accounts matching every filter given (see {@link AccountRepository#search}). A list shows
     * people's names and e-mail addresses, so the view is audited; the search text is left out of
     * the entry, since it is often a name.
     */
    @Transactional
    public List<Account> search(Long organisationId, Role role, AccountStatus status, String text, int limit,
                                Actor actor) {
        List<Account> found = accounts.search(organisationId, role, status, text, limit);
        auditLog.record(actor.entry(LISTED, organisationId == null ? null : "organisation:" + organisationId,
                found.size() + " accounts" + (role == null ? "" : ", role " + role)
                        + (status == null ? "" : ", status " + status)));
        return found;
    }

    /**
     * The accounts with these ids, by id, for a list that names people (say which in {@code purpose});
     * audited like {@link #search}.
     */
    @Transactional
    public Map<Long, Account> byIds(Collection<Long> ids, String purpose, Actor actor) {
        Map<Long, Account> found = new HashMap<>();
        for (Account account : accounts.findAll(ids)) {
            found.put(account.id(), account);
        }
        auditLog.record(actor.entry(LISTED, null, found.size() + " accounts, " + purpose));
        return found;
    }

    protected AccountAdministration() {
    }

    /** For use outside a container, with a caller-managed transaction. */
    public AccountAdministration(AccountRepository accounts, PasswordHasher hasher, AuditLog auditLog, Clock clock) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public boolean exists(String loginId) {
        return accounts.findByLoginId(loginId).isPresent();
    }

    /** Whether an account that is not deleted still accepts {@code password}; nothing is audited or throttled. */
    public boolean acceptsPassword(String loginId, String password) {
        return accounts.findByLoginId(loginId)
                .filter(account -> account.status() != AccountStatus.DELETED)
                .map(account -> hasher.matches(password, account.passwordHash()))
                .orElse(false);
    }

    /**
     * Issues an account with a random one-time password that its holder must replace at first
     * sign-in (for example {@code k7dq-m4tx-9pwe}).
     *
     * @throws IllegalArgumentException when the login id is malformed
     * @throws LoginIdTakenException    when the login id is already taken, also by a concurrent request
     */
    @Transactional
    public Issued issue(String loginId, String displayName, String email, Set<Role> roles, Long organisationId,
                        String department, String actor) {
        if (roles.contains(Role.COMPANY_MANAGER) && organisationId == null) {
            throw new IllegalArgumentException("a company manager belongs to an organisation");
        }
        String oneTimePassword = oneTimePassword();
        Account account = create(loginId, displayName, email, oneTimePassword, roles, true, organisationId, department,
                actor);
        return new Issued(account, oneTimePassword);
    }

    /**
     * A new one-time password for one account whose holder lost theirs (an approval mail that never
     * arrived, an import sheet nobody downloaded). Their earlier password stops working and their
     * sessions end; they must choose their own password at next sign-in.
     *
     * @return empty when there is no such account
     * @throws AccountChangeRefused when the account is revoked or deleted
     */
    @Transactional
    public Optional<Issued> reissueOneTimePassword(long accountId, Actor actor) {
        Optional<Account> found = accounts.findLocked(accountId);
        found.filter(Account::isClosed).ifPresent(closed -> {
            throw new AccountChangeRefused(AccountChangeRefused.Reason.ACCOUNT_CLOSED);
        });
        return found.map(account -> {
            String oneTimePassword = oneTimePassword();
            account.changePasswordHash(hasher.hash(oneTimePassword), false, clock.instant());
            auditLog.record(actor.entry(REISSUED, "account:" + account.id(), "one-time password for "
                    + account.loginId()));
            return new Issued(account, oneTimePassword);
        });
    }

    /**
     * New one-time passwords for the organisation's active accounts that still wait for their first
     * sign-in, so the company can hand them out (the ones issued at approval are stored nowhere).
     * Earlier one-time passwords of these accounts stop working.
     */
    @Transactional
    public List<Issued> reissueAwaitingFirstSignIn(long organisationId, String actor) {
        List<Account> waiting = accounts.awaitingFirstSignIn(organisationId, MAX_REISSUE);
        List<Issued> issued = new ArrayList<>();
        for (Account account : waiting) {
            String oneTimePassword = oneTimePassword();
            account.changePasswordHash(hasher.hash(oneTimePassword), false, clock.instant());
            issued.add(new Issued(account, oneTimePassword));
        }
        auditLog.record(new AuditEntry(actor, REISSUED, "organisation:" + organisationId,
                issued.size() + " one-time passwords: " + issued.stream().map(i -> i.account().loginId()).toList(),
                null, null));
        return issued;
    }

    /** A new random one-time password, for callers that hash it themselves (see {@link #issuePrehashed}). */
    public static String oneTimePassword() {
        StringBuilder password = new StringBuilder();
        for (int group = 0; group < 3; group++) {
            if (group > 0) {
                password.append('-');
            }
            for (int i = 0; i < 4; i++) {
                password.append(ONE_TIME_ALPHABET[RANDOM.nextInt(ONE_TIME_ALPHABET.length)]);
            }
        }
        return password.toString();
    }

    /**
     * Issues an account whose one-time password was hashed beforehand. A bulk import hashes hundreds
     * of passwords (tens of milliseconds each) before its transaction starts, so the transaction that
     * writes them stays short.
     *
     * @throws IllegalArgumentException when the login id is malformed or already taken
     */
    @Transactional
    public Account issuePrehashed(String loginId, String displayName, String email, String oneTimePasswordHash,
                                  Set<Role> roles, Long organisationId, String department, String actor) {
        if (roles.contains(Role.COMPANY_MANAGER) && organisationId == null) {
            throw new IllegalArgumentException("a company manager belongs to an organisation");
        }
        return store(loginId, displayName, email, oneTimePasswordHash, roles, true, organisationId, department, actor);
    }

    /**
     * Creates an active account.
     *
     * @param mustChangePassword true for a one-time password the holder must replace at first sign-in
     * @param organisationId     the organisation the holder belongs to, or {@code null}
     * @param actor              who creates it, for the audit trail
     */
    @Transactional
    public Account create(String loginId, String displayName, String email, String password, Set<Role> roles,
                          boolean mustChangePassword, Long organisationId, String department, String actor) {
        return store(loginId, displayName, email, hasher.hash(password), roles, mustChangePassword, organisationId,
                department, actor);
    }

    private Account store(String loginId, String displayName, String email, String passwordHash, Set<Role> roles,
                          boolean mustChangePassword, Long organisationId, String department, String actor) {
        if (!LoginIds.isValid(loginId)) {
            throw new IllegalArgumentException("invalid login id");
        }
        if (exists(loginId)) {
            throw new LoginIdTakenException();
        }
        Account account = new Account(loginId, displayName, email, passwordHash, roles, mustChangePassword,
                clock.instant());
        account.assignTo(organisationId, department);
        accounts.add(account);
        auditLog.record(new AuditEntry(actor, CREATED, "account:" + account.id(),
                "login id " + account.loginId() + ", roles " + account.roles(), null, null));
        return account;
    }
}
