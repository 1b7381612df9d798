package org.manabi.core.accountimport;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.manabi.core.system.BackgroundWork;
import org.manabi.core.accountimport.ImportFileException.Kind;
import org.manabi.core.audit.AuditEntry;
import org.manabi.core.audit.AuditLog;
import org.manabi.core.identity.Account;
import org.manabi.core.identity.AccountAdministration;
import org.manabi.core.identity.PasswordHasher;

/**
 * Runs imports in the background, one at a time, so the administrator's page can show real
 * progress. First every one-time password is hashed, in parallel and outside any transaction
 * (Argon2id takes tens of milliseconds per password; a transaction open for minutes would hold the
 * programme's seat lock all that time); then {@link AccountImportWriter} writes everything in one
 * short transaction. Jobs live in memory only, for {@link #KEPT_FOR} after they end.
 */
@ApplicationScoped
public class AccountImportJobs {

    static final String REFUSED = "ACCOUNT_IMPORT_REFUSED";
    static final Duration KEPT_FOR = Duration.ofMinutes(30);
    private static final Logger LOG = Logger.getLogger(AccountImportJobs.class.getName());

    @Inject
    AccountImportWriter writer;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditLog auditLog;

    @Inject
    Clock clock;

    private final Map<String, ImportJob> jobs = new ConcurrentHashMap<>();
    private final AtomicBoolean running = new AtomicBoolean();

    /**
     * Starts writing a checked file.
     *
     * @throws ImportRejected      when a row has an error (the attempt is audited)
     * @throws ImportFileException when the file has no rows
     * @throws ImportBusy          when another import is running
     */
    public ImportJob start(Analysis analysis, long ownerAccountId, AccountImportWriter.Actor actor) {
        if (analysis.rows().isEmpty()) {
            throw new ImportFileException(Kind.EMPTY, "file", "the file has a header but no rows");
        }
        if (analysis.invalidRows() > 0) {
            auditLog.record(new AuditEntry(actor.loginId(), REFUSED, null, analysis.invalidRows()
                    + " of " + analysis.rows().size() + " rows with errors in "
                    + AccountImportWriter.describe(analysis.fileName()), actor.sourceAddress(), actor.requestId()));
            throw new ImportRejected(analysis.errors());
        }
        ManagedExecutorService executor = BackgroundWork.executor();
        if (!running.compareAndSet(false, true)) {
            throw new ImportBusy();
        }
        forgetOldJobs();
        ImportJob job = new ImportJob(UUID.randomUUID().toString(), ownerAccountId, analysis.fileName(),
                analysis.rows().size(), clock.instant());
        jobs.put(job.id(), job);
        try {
            executor.execute(() -> run(job, analysis, actor));
        } catch (RuntimeException e) {
            running.set(false);
            jobs.remove(job.id());
            throw e;
        }
        return job;
    }

    /** The job, if it exists and {@code accountId} started it: no one else may see its progress or passwords. */
    public Optional<ImportJob> find(String id, long accountId) {
        forgetOldJobs();
        return Optional.ofNullable(id == null ? null : jobs.get(id)).filter(job -> job.ownerAccountId() == accountId);
    }

    private void run(ImportJob job, Analysis analysis, AccountImportWriter.Actor actor) {
        try {
            List<String> passwords = new ArrayList<>();
            analysis.rows().forEach(row -> passwords.add(AccountAdministration.oneTimePassword()));
            List<String> hashes = hashAll(passwords, job);
            List<AccountImportWriter.Prepared> prepared = new ArrayList<>();
            for (int i = 0; i < analysis.rows().size(); i++) {
                prepared.add(new AccountImportWriter.Prepared(analysis.rows().get(i), hashes.get(i)));
            }
            job.writing();
            List<Account> accounts = writer.write(prepared, analysis.cohort() == null ? null : analysis.cohort().id(),
                    analysis.fileName(), actor, job::written);
            List<ImportJob.Credential> credentials = new ArrayList<>();
            for (int i = 0; i < accounts.size(); i++) {
                credentials.add(new ImportJob.Credential(accounts.get(i).loginId(), accounts.get(i).displayName(),
                        passwords.get(i)));
            }
            job.succeeded(credentials, clock.instant());
        } catch (ImportRejected rejected) {
            job.failed(rejected.errors(), clock.instant());
            auditQuietly(actor, rejected.errors().size() + " rows could not be written; nothing was imported from "
                    + AccountImportWriter.describe(analysis.fileName()));
        } catch (RuntimeException | Error e) {
            LOG.log(Level.SEVERE, "Import " + job.id() + " failed; nothing was written", e);
            job.failed(List.of(new RowError(0, "file", "ServerError",
                    "the server could not finish the import; nothing was written, try again")), clock.instant());
            auditQuietly(actor, "the server failed; nothing was imported from "
                    + AccountImportWriter.describe(analysis.fileName()));
        } finally {
            running.set(false);
        }
    }

    /**
     * Hashes on half the processors: sign-ins need the other half (and share the hasher's limit on
     * concurrent hashes), so an import never locks people out for its duration.
     */
    private List<String> hashAll(List<String> passwords, ImportJob job) {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "manabi-import-hash");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (String password : passwords) {
                futures.add(pool.submit(() -> {
                    String hash = hasher.hash(password);
                    job.hashedOne();
                    return hash;
                }));
            }
            List<String> hashes = new ArrayList<>();
            for (Future<String> future : futures) {
                hashes.add(await(future::get));
            }
            return hashes;
        } finally {
            pool.shutdownNow();
        }
    }

    private interface Waiting<T> {
        T get() throws InterruptedException, ExecutionException;
    }

    private static <T> T await(Waiting<T> waiting) {
        try {
            return waiting.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while hashing", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("hashing failed", e.getCause());
        }
    }

    private void auditQuietly(AccountImportWriter.Actor actor, String detail) {
        try {
            auditLog.record(new AuditEntry(actor.loginId(), REFUSED, null, detail, actor.sourceAddress(),
                    actor.requestId()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not audit a refused import", e);
        }
    }

    private void forgetOldJobs() {
        var cutoff = clock.instant().minus(KEPT_FOR);
        jobs.values().removeIf(job -> {
            boolean old = job.finishedAt().filter(at -> at.isBefore(cutoff)).isPresent();
            if (old) {
                job.forget();
            }
            return old;
        });
        if (jobs.size() > 50) {
            jobs.values().stream().filter(job -> job.finishedAt().isPresent())
                    .sorted(Comparator.comparing(ImportJob::startedAt)).limit(jobs.size() - 50L)
                    .forEach(job -> {
                        job.forget();
                        jobs.remove(job.id());
                    });
        }
    }
}
