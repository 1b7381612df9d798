package org.manabi.web.accountimport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.manabi.core.accountimport.ImportFileException.Kind;

class AccountImportResourceTest {

    @Test
    void fileProblemCodesAreWhatTheUiTranslates() {
        assertEquals("TooManyRows", AccountImportResource.code(Kind.TOO_MANY_ROWS));
        assertEquals("Encoding", AccountImportResource.code(Kind.ENCODING));
        assertEquals("Exists", AccountImportResource.code(Kind.UNKNOWN_REFERENCE));
    }
}
