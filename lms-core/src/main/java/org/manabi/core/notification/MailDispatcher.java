package org.manabi.core.notification;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.manabi.core.config.ManabiConfig;
import org.manabi.core.system.ServerStarted;

/**
 * Sends queued mail: right after the transaction that queued it commits, and every half minute for
 * retries. One round runs at a time; a request for a round while one runs makes it go round again.
 */
@ApplicationScoped
public class MailDispatcher {

    private static final Logger LOG = Logger.getLogger(MailDispatcher.class.getName());
    private static final String EXECUTOR = "java:comp/DefaultManagedScheduledExecutorService";
    private static final int BATCH = 20;

    @Inject
    OutboundMailStore store;

    @Inject
    ManabiConfig config;

    @Inject
    Clock clock;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private volatile ManagedScheduledExecutorService executor;

    protected MailDispatcher() {
    }

    /** For use outside a container: rounds run only when {@link #dispatchDue()} is called. */
    public MailDispatcher(OutboundMailStore store, ManabiConfig config, Clock clock) {
        this.store = store;
        this.config = config;
        this.clock = clock;
    }

    void start(@Observes ServerStarted started) {
        try {
            executor = (ManagedScheduledExecutorService) new InitialContext().lookup(EXECUTOR);
            executor.scheduleWithFixedDelay(this::dispatchDue, 5, 30, TimeUnit.SECONDS);
        } catch (NamingException e) {
            LOG.log(Level.WARNING, "No scheduled executor; queued mail is sent only when more mail is queued", e);
        }
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailOutbox.MailQueued queued) {
        ManagedScheduledExecutorService current = executor;
        if (current != null) {
            current.execute(this::dispatchDue);
        }
    }

    /** Sends what is due; returns how many messages were handed to the SMTP server. */
    public int dispatchDue() {
        if (!running.compareAndSet(false, true)) {
            again.set(true);
            return 0;
        }
        int sent = 0;
        try {
            boolean fullBatch;
            do {
                again.set(false);
                SmtpSender sender = new SmtpSender(config.mail());
                List<OutboundMailStore.Due> due = store.due(BATCH);
                for (OutboundMailStore.Due mail : due) {
                    sent += sendOne(sender, mail) ? 1 : 0;
                }
                fullBatch = due.size() == BATCH;
            } while (again.get() || fullBatch);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Mail round stopped", e);
        } finally {
            running.set(false);
        }
        return sent;
    }

    private boolean sendOne(SmtpSender sender, OutboundMailStore.Due mail) {
        try {
            sender.send(mail, clock.instant());
            store.sent(mail.id());
            return true;
        } catch (Exception e) {
            boolean givingUp = store.failed(mail.id(), e.getClass().getSimpleName() + ": " + e.getMessage());
            LOG.log(givingUp ? Level.WARNING : Level.INFO, () -> "Mail " + mail.id() + " not sent"
                    + (givingUp ? ", giving up: " : ", will retry: ") + e.getMessage());
            return false;
        }
    }
}
