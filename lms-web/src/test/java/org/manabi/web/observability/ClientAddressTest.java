package org.manabi.web.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private static final Set<String> PROXIES = Set.of("10.0.0.5", "10.0.0.6");

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnored() {
        assertEquals("203.0.113.9", ClientAddress.resolve("203.0.113.9", "198.51.100.1", Set.of()));
    }

    @Test
    void aHeaderFromAnUntrustedPeerIsIgnoredBecauseAnyoneCanWriteIt() {
        assertEquals("203.0.113.9", ClientAddress.resolve("203.0.113.9", "198.51.100.1", PROXIES));
    }

    @Test
    void behindTrustedProxiesTheClientIsTheRightMostUntrustedHop() {
        assertEquals("198.51.100.1", ClientAddress.resolve("10.0.0.5", "198.51.100.1", PROXIES));
        assertEquals("198.51.100.1", ClientAddress.resolve("10.0.0.5", "1.2.3.4, 198.51.100.1, 10.0.0.6", PROXIES),
                "a client-supplied left part cannot hide the real address");
    }

    @Test
    void aTrustedPeerWithoutAUsableHeaderIsItself() {
        assertEquals("10.0.0.5", ClientAddress.resolve("10.0.0.5", null, PROXIES));
        assertEquals("10.0.0.5", ClientAddress.resolve("10.0.0.5", " , 10.0.0.6", PROXIES));
    }
}
