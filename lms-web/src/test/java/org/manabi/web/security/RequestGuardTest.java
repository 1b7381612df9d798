package org.manabi.web.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RequestGuardTest {

    private static final String PUBLIC = "https://manabi.city.example.jp";

    @Test
    void theSameSchemeHostAndPortIsTheSameSite() {
        assertFalse(RequestGuard.isCrossOrigin("http://localhost:8080", "localhost:8080", "http://localhost:8080"));
        assertFalse(RequestGuard.isCrossOrigin("http://[::1]:8080", "[::1]:8080", PUBLIC));
        assertFalse(RequestGuard.isCrossOrigin("http://192.0.2.10", "192.0.2.10:80", PUBLIC), "80 is http's port");
    }

    @Test
    void behindAProxyThatRewritesHostThePublicAddressCounts() {
        assertFalse(RequestGuard.isCrossOrigin("https://manabi.city.example.jp", "127.0.0.1:8080", PUBLIC));
        assertFalse(RequestGuard.isCrossOrigin("https://MANABI.city.example.jp:443", "127.0.0.1:8080", PUBLIC));
    }

    @Test
    void anotherHostPortOrSchemeIsAnotherSite() {
        assertTrue(RequestGuard.isCrossOrigin("https://evil.example", "localhost:8080", PUBLIC));
        assertTrue(RequestGuard.isCrossOrigin("http://localhost:9999", "localhost:8080", PUBLIC), "another port");
        assertTrue(RequestGuard.isCrossOrigin("http://manabi.city.example.jp", "127.0.0.1:8080", PUBLIC),
                "plain http is not the https site");
    }

    @Test
    void opaqueOrMalformedOriginsAreRefusedAndNoOriginIsLeftToTheToken() {
        assertTrue(RequestGuard.isCrossOrigin("null", "localhost:8080", PUBLIC));
        assertTrue(RequestGuard.isCrossOrigin("not a url", "localhost:8080", PUBLIC));
        assertTrue(RequestGuard.isCrossOrigin("http://localhost:8080", null, "http://elsewhere:1"));
        assertFalse(RequestGuard.isCrossOrigin(null, "localhost:8080", PUBLIC));
    }
}
