package org.manabi.core.accountimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.manabi.core.accountimport.ImportFileException.Kind;

class HeaderMappingTest {

    @Test
    void japaneseHeadersAreRecognised() {
        HeaderMapping mapping = HeaderMapping.of(List.of("No.", "ログインＩＤ", "氏名", "フリガナ", "メールアドレス", "役割",
                "所属", "会社名"), Map.of());
        assertEquals(Map.of(Column.LOGIN_ID, "ログインＩＤ", Column.DISPLAY_NAME, "氏名", Column.EMAIL, "メールアドレス",
                Column.ROLE, "役割", Column.DEPARTMENT, "所属", Column.ORGANISATION, "会社名"), mapping.headersByField());
    }

    @Test
    void englishHeadersAreRecognisedInAnySpelling() {
        HeaderMapping mapping = HeaderMapping.of(List.of("Login ID", "Full Name", "E-mail", "Company"), Map.of());
        assertEquals(Optional.of(0), mapping.index(Column.LOGIN_ID));
        assertEquals(Optional.of(1), mapping.index(Column.DISPLAY_NAME));
        assertEquals(Optional.of(2), mapping.index(Column.EMAIL));
        assertEquals(Optional.of(3), mapping.index(Column.ORGANISATION));
        assertEquals(Optional.empty(), mapping.index(Column.ROLE));
        assertEquals(Optional.of(0), HeaderMapping.of(List.of("login_id", "name"), Map.of()).index(Column.LOGIN_ID));
    }

    @Test
    void theAdministratorsChoiceWins() {
        HeaderMapping mapping = HeaderMapping.of(List.of("番号", "受講者", "所属"),
                Map.of(Column.LOGIN_ID, "番号", Column.DISPLAY_NAME, "受講者", Column.DEPARTMENT, ""));
        assertEquals(Optional.of(0), mapping.index(Column.LOGIN_ID));
        assertEquals(Optional.of(1), mapping.index(Column.DISPLAY_NAME));
        assertEquals(Optional.empty(), mapping.index(Column.DEPARTMENT), "an empty choice leaves the field out");
    }

    @Test
    void missingOrUnknownColumnsAreRefusedNamingTheField() {
        ImportFileException missing = assertThrows(ImportFileException.class,
                () -> HeaderMapping.of(List.of("氏名", "メール"), Map.of()));
        assertEquals(Kind.MISSING_COLUMN, missing.kind());
        assertEquals("loginIdColumn", missing.field());
        ImportFileException unknown = assertThrows(ImportFileException.class,
                () -> HeaderMapping.of(List.of("id", "name"), Map.of(Column.EMAIL, "mail")));
        assertEquals(Kind.UNKNOWN_COLUMN, unknown.kind());
        assertEquals("emailColumn", unknown.field());
    }
}
