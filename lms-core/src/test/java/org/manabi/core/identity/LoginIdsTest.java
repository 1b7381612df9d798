package org.manabi.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LoginIdsTest {

    @Test
    void fullWidthMixedCaseAndSpacesGiveTheSameKey() {
        assertEquals("kumamoto-0001", LoginIds.key(" Kumamoto-0001 "));
        assertEquals("kumamoto-0001", LoginIds.key("ｋｕｍａｍｏｔｏ-０００１"));
    }

    @Test
    void acceptsPlainIdsAndRefusesEverythingElse() {
        assertTrue(LoginIds.isValid("kagoshima.n5_042"));
        assertFalse(LoginIds.isValid("ab"));
        assertFalse(LoginIds.isValid("a".repeat(65)));
        assertFalse(LoginIds.isValid("<script>"));
        assertFalse(LoginIds.isValid("山田"));
        assertFalse(LoginIds.isValid(null));
    }
}
