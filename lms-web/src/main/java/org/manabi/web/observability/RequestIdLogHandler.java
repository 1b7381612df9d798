package org.manabi.web.observability;

import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Puts the request id in front of every log line Manabi writes while serving a request, then hands
 * the line to the server's own handlers. JUL has no mapped diagnostic context, and Payara's log
 * format is the server's, so the id travels in the message itself: {@code [req 1f0c…] text}.
 */
public final class RequestIdLogHandler extends Handler {

    static final String ROOT_LOGGER = "org.manabi";
    /** Access-log lines are JSON that already hold the request id; a prefix would break them. */
    static final String ACCESS_LOGGER = "org.manabi.access";
    private static volatile RequestIdLogHandler installed;
    /** JUL holds loggers weakly; this keeps ours, and the handler and settings on it, alive. */
    private static Logger rootLogger;

    private RequestIdLogHandler() {
    }

    public static synchronized void install() {
        if (installed != null) {
            return;
        }
        rootLogger = Logger.getLogger(ROOT_LOGGER);
        installed = new RequestIdLogHandler();
        rootLogger.addHandler(installed);
        rootLogger.setUseParentHandlers(false);
    }

    public static synchronized void uninstall() {
        if (installed == null) {
            return;
        }
        rootLogger.removeHandler(installed);
        rootLogger.setUseParentHandlers(true);
        installed = null;
        rootLogger = null;
    }

    @Override
    public void publish(LogRecord record) {
        LogRecord tagged = ACCESS_LOGGER.equals(record.getLoggerName()) ? record
                : CurrentRequest.requestId().map(id -> withRequestId(record, id)).orElse(record);
        Logger parent = Logger.getLogger(ROOT_LOGGER).getParent();
        for (Logger logger = parent; logger != null; logger = logger.getUseParentHandlers() ? logger.getParent() : null) {
            for (Handler handler : logger.getHandlers()) {
                handler.publish(tagged);
            }
        }
    }

    static LogRecord withRequestId(LogRecord record, String requestId) {
        LogRecord copy = new LogRecord(record.getLevel(), "[req " + requestId + "] " + record.getMessage());
        copy.setParameters(record.getParameters());
        copy.setThrown(record.getThrown());
        copy.setLoggerName(record.getLoggerName());
        copy.setSourceClassName(record.getSourceClassName());
        copy.setSourceMethodName(record.getSourceMethodName());
        copy.setResourceBundle(record.getResourceBundle());
        copy.setResourceBundleName(record.getResourceBundleName());
        copy.setInstant(record.getInstant());
        copy.setSequenceNumber(record.getSequenceNumber());
        copy.setLongThreadID(record.getLongThreadID());
        return copy;
    }

    @Override
    public void flush() {
        // Nothing is buffered here: every record goes straight to the server's handlers.
    }

    @Override
    public void close() {
        // The server's handlers belong to the server; there is nothing of ours to close.
    }
}
