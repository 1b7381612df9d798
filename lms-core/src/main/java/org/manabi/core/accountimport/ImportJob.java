package org.manabi.core.accountimport;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One running or finished import, as its administrator polls it. Progress counts two steps per
 * row: hashing its one-time password, then writing it. The one-time passwords are held in memory
 * only, until the administrator takes them once or the job is forgotten.
 */
public final class ImportJob {

    /** Where the job is. */
    public enum State { HASHING, WRITING, DONE, FAILED }

    /** What the administrator hands to one person. */
    public record Credential(String loginId, String displayName, String oneTimePassword) {

        @Override
        public String toString() {
            return "Credential[" + loginId + "]";
        }
    }

    private final String id;
    private final long ownerAccountId;
    private final String fileName;
    private final int rows;
    private final Instant startedAt;
    private final AtomicInteger hashed = new AtomicInteger();
    private final AtomicInteger written = new AtomicInteger();
    private volatile State state = State.HASHING;
    private volatile List<RowError> errors = List.of();
    private volatile int created;
    private volatile Instant finishedAt;
    private List<Credential> credentials;
    private boolean credentialsTaken;

    ImportJob(String id, long ownerAccountId, String fileName, int rows, Instant startedAt) {
        this.id = id;
        this.ownerAccountId = ownerAccountId;
        this.fileName = fileName;
        this.rows = rows;
        this.startedAt = startedAt;
    }

    public String id() {
        return id;
    }

    long ownerAccountId() {
        return ownerAccountId;
    }

    public String fileName() {
        return fileName;
    }

    public int rows() {
        return rows;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public State state() {
        return state;
    }

    /** Steps done so far, of {@link #steps()}. */
    public int done() {
        return state == State.DONE ? steps() : hashed.get() + written.get();
    }

    public int steps() {
        return 2 * rows;
    }

    /** Accounts written; only once the job is {@link State#DONE}. */
    public int created() {
        return created;
    }

    /** Why it failed, row by row (a failure of the server itself has line 0). */
    public List<RowError> errors() {
        return errors;
    }

    public Optional<Instant> finishedAt() {
        return Optional.ofNullable(finishedAt);
    }

    public synchronized boolean credentialsAvailable() {
        return credentials != null && !credentialsTaken;
    }

    /** The one-time passwords, the first time only; after that they are gone from the server. */
    public synchronized Optional<List<Credential>> takeCredentials() {
        if (!credentialsAvailable()) {
            return Optional.empty();
        }
        List<Credential> taken = credentials;
        credentials = null;
        credentialsTaken = true;
        return Optional.of(taken);
    }

    void hashedOne() {
        hashed.incrementAndGet();
    }

    void writing() {
        state = State.WRITING;
    }

    void written(int count) {
        written.set(count);
    }

    synchronized void succeeded(List<Credential> issued, Instant now) {
        credentials = List.copyOf(issued);
        created = issued.size();
        finishedAt = now;
        state = State.DONE;
    }

    synchronized void failed(List<RowError> why, Instant now) {
        errors = List.copyOf(why);
        finishedAt = now;
        state = State.FAILED;
    }

    /** Forgets the passwords without handing them out, when the job is dropped. */
    synchronized void forget() {
        credentials = null;
    }
}
