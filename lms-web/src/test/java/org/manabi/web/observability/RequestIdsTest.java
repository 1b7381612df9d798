package org.manabi.web.observability;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestIdsTest {

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {
            "abc12345-proxy",
            "12345678",
            "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
            "trace.id:42_aB-x",
            "0123456789012345678901234567890123456789012345678901234567890123",
    })
    void aPlainOfferedIdIsKept(String offered) {
        assertEquals(offered, RequestIds.acceptOrCreate(offered));
    }

    @ParameterizedTest(name = "[{0}]")
    @NullAndEmptySource
    @ValueSource(strings = {
            "abc1234",
            "01234567890123456789012345678901234567890123456789012345678901234",
            "abc12345\r\n[INFO] forged line",
            "abc12345-proxy\n",
            "abc12345\rproxy",
            "abc 12345 proxy",
            "abc\"12345\"proxy",
            "abc'12345'proxy",
            "abc12345-proxé",
            "１２３４５６７８９",
            "abc12345\tproxy",
            "abc12345/../proxy",
            "abc12345{}proxy",
    })
    void anythingElseIsReplacedByAFreshUuid(String offered) {
        String id = RequestIds.acceptOrCreate(offered);
        assertNotEquals(offered, id);
        assertDoesNotThrow(() -> UUID.fromString(id), id);
        assertEquals(36, id.length());
    }

    @Test
    void theBoundariesAre8And64Characters() {
        assertEquals(7, "abc1234".length());
        assertEquals(65, "a".repeat(65).length());
        assertEquals("a".repeat(8), RequestIds.acceptOrCreate("a".repeat(8)));
        assertEquals("a".repeat(64), RequestIds.acceptOrCreate("a".repeat(64)));
        assertNotEquals("a".repeat(7), RequestIds.acceptOrCreate("a".repeat(7)));
        assertNotEquals("a".repeat(65), RequestIds.acceptOrCreate("a".repeat(65)));
    }

    @Test
    void twoFreshIdsDiffer() {
        assertNotEquals(RequestIds.acceptOrCreate(null), RequestIds.acceptOrCreate(null));
    }

    @Test
    void aFreshIdIsItselfAcceptedWhenOfferedBack() {
        String fresh = RequestIds.acceptOrCreate(null);
        assertEquals(fresh, RequestIds.acceptOrCreate(fresh));
    }
}
