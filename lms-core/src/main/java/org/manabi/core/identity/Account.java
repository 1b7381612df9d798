package org.manabi.core.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** A person's account: how they sign in, what they may do, and whether they may sign in now. */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    private Long id;

    @Column(name = "login_id", nullable = false, length = 64)
    private String loginId;

    @Column(name = "login_key", nullable = false, length = 64, unique = true)
    private String loginKey;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    /** The name NFKC-normalised and lower-cased, so a search typed in half-width finds a full-width name. */
    @Column(name = "search_name", nullable = false, length = 200)
    private String searchName;

    @Column(name = "email", length = 254)
    private String email;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private AccountStatus status;

    @Column(name = "preferred_language", length = 8)
    private String preferredLanguage;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "department", length = 200)
    private String department;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "password_changed_at", nullable = false)
    private Instant passwordChangedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 30)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Account() {
    }

    /**
     * A new, active account.
     *
     * @param mustChangePassword true when someone else chose the password (an issued one-time password)
     */
    public Account(String loginId, String displayName, String email, String passwordHash, Set<Role> roles,
                   boolean mustChangePassword, Instant now) {
        if (!LoginIds.isValid(loginId)) {
            throw new IllegalArgumentException("invalid login id");
        }
        this.loginId = loginId.strip();
        this.loginKey = LoginIds.key(loginId);
        this.displayName = Objects.requireNonNull(displayName);
        this.searchName = LoginIds.key(displayName);
        this.email = email;
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.mustChangePassword = mustChangePassword;
        this.status = AccountStatus.ACTIVE;
        this.createdAt = now;
        this.passwordChangedAt = now;
    }

    @PrePersist
    void normaliseSearchName() {
        searchName = LoginIds.key(displayName);
    }

    /** Stops the account from signing in; its sessions end at their next request. */
    void suspend() {
        if (isClosed()) {
            throw new IllegalStateException("a " + status + " account cannot be suspended");
        }
        status = AccountStatus.SUSPENDED;
    }

    void resume() {
        if (isClosed()) {
            throw new IllegalStateException("a " + status + " account cannot be resumed");
        }
        status = AccountStatus.ACTIVE;
    }

    /** Closes the account for good: it never signs in again, and its sessions end at their next request. */
    void revoke() {
        if (isClosed()) {
            throw new IllegalStateException("a " + status + " account cannot be revoked");
        }
        status = AccountStatus.REVOKED;
    }

    /**
     * Replaces every piece of personal data with something that identifies no one, and closes the
     * account. The row stays, so seats and the audit trail still point at an id.
     *
     * @param unusableHash a hash of a random password nobody knows
     * @return the names of the fields that were erased (those that held something)
     */
    List<String> erase(String unusableHash) {
        if (status == AccountStatus.DELETED) {
            throw new IllegalStateException("already erased");
        }
        List<String> erased = new ArrayList<>(List.of("loginId", "displayName", "passwordHash"));
        String token = erasedLoginId(id);
        loginId = token;
        loginKey = token;
        displayName = token;
        searchName = token;
        passwordHash = Objects.requireNonNull(unusableHash);
        if (email != null) {
            erased.add("email");
            email = null;
        }
        if (department != null) {
            erased.add("department");
            department = null;
        }
        if (preferredLanguage != null) {
            erased.add("preferredLanguage");
            preferredLanguage = null;
        }
        mustChangePassword = false;
        status = AccountStatus.DELETED;
        return List.copyOf(erased);
    }

    /** The login id an erased account is left with: it names the row, not the person. */
    static String erasedLoginId(Long id) {
        return "erased-" + Objects.requireNonNull(id, "an account must be stored before it is erased");
    }

    /** Revoked or deleted: nothing brings it back. */
    public boolean isClosed() {
        return status == AccountStatus.REVOKED || status == AccountStatus.DELETED;
    }

    /** Places the account in an organisation (and department), or takes it out with {@code null}. */
    public void assignTo(Long organisationId, String department) {
        this.organisationId = organisationId;
        this.department = organisationId == null ? null : department;
    }

    void changePasswordHash(String newHash, boolean chosenByOwner, Instant now) {
        this.passwordHash = Objects.requireNonNull(newHash);
        this.mustChangePassword = !chosenByOwner;
        this.passwordChangedAt = now;
    }

    /** Replaces the hash with a stronger one of the same password; the password itself is unchanged. */
    void upgradeHash(String strongerHash) {
        this.passwordHash = Objects.requireNonNull(strongerHash);
    }

    public Long id() {
        return id;
    }

    public String loginId() {
        return loginId;
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return email;
    }

    String passwordHash() {
        return passwordHash;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public AccountStatus status() {
        return status;
    }

    public String preferredLanguage() {
        return preferredLanguage;
    }

    public Long organisationId() {
        return organisationId;
    }

    public String department() {
        return department;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant passwordChangedAt() {
        return passwordChangedAt;
    }

    public Set<Role> roles() {
        return roles.isEmpty() ? Set.of() : Set.copyOf(roles);
    }

    public boolean canSignIn() {
        return status == AccountStatus.ACTIVE;
    }
}
