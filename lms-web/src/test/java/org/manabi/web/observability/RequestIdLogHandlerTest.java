package org.manabi.web.observability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RequestIdLogHandlerTest {

    private static final String REQUEST_ID = "req-test-0001";

    /** Strong references: JUL holds loggers weakly, and a collected logger would lose its settings. */
    private final Logger manabi = Logger.getLogger(RequestIdLogHandler.ROOT_LOGGER);
    private final Logger testLogger = Logger.getLogger("org.manabi.test");
    private final Logger other = Logger.getLogger("com.example.other");
    private final Logger access = Logger.getLogger(RequestIdLogHandler.ACCESS_LOGGER);
    private final Logger root = Logger.getLogger("");
    private final Capture capture = new Capture();

    /**
     * The test records are logged at FINE, which the loggers here let through but the console
     * handler of a default JUL set-up drops, so the build output stays quiet.
     */
    @BeforeEach
    void attachCapture() {
        testLogger.setLevel(Level.ALL);
        other.setLevel(Level.ALL);
        access.setLevel(Level.ALL);
        root.addHandler(capture);
    }

    @AfterEach
    void cleanUp() {
        RequestIdLogHandler.uninstall();
        root.removeHandler(capture);
        testLogger.setLevel(null);
        other.setLevel(null);
        access.setLevel(null);
        CurrentRequest.end();
    }

    @Test
    void theCopyIsPrefixedAndKeepsEverythingElse() {
        LogRecord original = new LogRecord(Level.WARNING, "Lesson {0} failed");
        Object[] parameters = {"L-42"};
        IllegalStateException thrown = new IllegalStateException("boom");
        Instant instant = Instant.parse("2025-04-01T09:30:00.123456789Z");
        original.setParameters(parameters);
        original.setThrown(thrown);
        original.setLoggerName("org.manabi.lessons");
        original.setSourceClassName("org.manabi.lessons.LessonService");
        original.setSourceMethodName("complete");
        original.setInstant(instant);
        original.setSequenceNumber(4711);
        original.setLongThreadID(99L);

        LogRecord copy = RequestIdLogHandler.withRequestId(original, REQUEST_ID);

        assertEquals("[req " + REQUEST_ID + "] Lesson {0} failed", copy.getMessage());
        assertEquals(Level.WARNING, copy.getLevel());
        assertArrayEquals(parameters, copy.getParameters());
        assertSame(thrown, copy.getThrown());
        assertEquals("org.manabi.lessons", copy.getLoggerName());
        assertEquals("org.manabi.lessons.LessonService", copy.getSourceClassName());
        assertEquals("complete", copy.getSourceMethodName());
        assertEquals(instant, copy.getInstant());
        assertEquals(4711, copy.getSequenceNumber());
        assertEquals(99L, copy.getLongThreadID());
    }

    @Test
    void theOriginalRecordIsLeftUntouched() {
        LogRecord original = new LogRecord(Level.INFO, "hello");
        RequestIdLogHandler.withRequestId(original, REQUEST_ID);
        assertEquals("hello", original.getMessage());
    }

    @Test
    void whileInstalledARecordServedForARequestReachesTheRootHandlersOnceWithThePrefix() {
        RequestIdLogHandler.install();
        CurrentRequest.begin(REQUEST_ID);
        testLogger.fine("lesson saved");

        assertEquals(List.of("[req " + REQUEST_ID + "] lesson saved"), capture.messages());
        assertEquals(Level.FINE, capture.records.get(0).getLevel());
        assertEquals("org.manabi.test", capture.records.get(0).getLoggerName());
    }

    @Test
    void whileInstalledARecordOutsideARequestPassesUnchanged() {
        RequestIdLogHandler.install();
        testLogger.fine("background job ran");

        assertEquals(List.of("background job ran"), capture.messages());
    }

    @Test
    void installingTwiceStillDeliversEachRecordOnce() {
        RequestIdLogHandler.install();
        RequestIdLogHandler.install();
        CurrentRequest.begin(REQUEST_ID);
        testLogger.fine("once");

        assertEquals(List.of("[req " + REQUEST_ID + "] once"), capture.messages());
    }

    @Test
    void accessLogLinesStayPureJson() {
        RequestIdLogHandler.install();
        CurrentRequest.begin(REQUEST_ID);
        access.fine("{\"type\":\"access\",\"requestId\":\"" + REQUEST_ID + "\"}");

        assertEquals(List.of("{\"type\":\"access\",\"requestId\":\"" + REQUEST_ID + "\"}"), capture.messages());
    }

    @Test
    void recordsOutsideOrgManabiAreNotTagged() {
        RequestIdLogHandler.install();
        CurrentRequest.begin(REQUEST_ID);
        other.fine("not ours");

        assertEquals(List.of("not ours"), capture.messages());
    }

    @Test
    void uninstallRestoresNormalPropagation() {
        RequestIdLogHandler.install();
        assertFalse(manabi.getUseParentHandlers());

        RequestIdLogHandler.uninstall();

        assertTrue(manabi.getUseParentHandlers());
        assertTrue(Arrays.stream(manabi.getHandlers()).noneMatch(RequestIdLogHandler.class::isInstance));
        CurrentRequest.begin(REQUEST_ID);
        testLogger.fine("plain again");
        assertEquals(List.of("plain again"), capture.messages());
    }

    private static final class Capture extends Handler {

        final List<LogRecord> records = new CopyOnWriteArrayList<>();

        List<String> messages() {
            return records.stream().map(LogRecord::getMessage).toList();
        }

        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
            // Records are kept in memory only.
        }

        @Override
        public void close() {
            // Nothing to release.
        }
    }
}
