package org.manabi.core.accountimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.manabi.core.identity.Role;

class RowValidationTest {

    private static final OrganisationRef HIGO = new OrganisationRef(7, "Higo Kaigo Service", 45);
    private static final OrganisationRef ASO = new OrganisationRef(8, "㈱阿蘇ファーム", 12);
    private static final RowValidation.Context CONTEXT = new RowValidation.Context(
            Map.of(RowValidation.nameKey(HIGO.name()), HIGO, RowValidation.nameKey(ASO.name()), ASO),
            Map.of(7L, HIGO, 8L, ASO), null, Set.of("taken-id"));

    private static List<ImportRow> rows(String csv) {
        CsvTable table = CsvTable.parse("ログインID,氏名,メール,役割,所属,会社\n" + csv, 100);
        return RowValidation.validate(table, HeaderMapping.of(table.headers(), Map.of()), CONTEXT);
    }

    private static List<String> codes(ImportRow row) {
        return row.errors().stream().map(e -> e.field() + ":" + e.code()).toList();
    }

    @Test
    void aGoodRowBecomesAnAccountToIssue() {
        ImportRow row = rows("nguyen.van.a,Nguyễn Văn A,ａ.ｎｇｕｙｅｎ＠example.jp,受講者,介護課,Higo Kaigo Service\n").get(0);
        assertEquals(List.of(), row.errors());
        assertEquals("nguyen.van.a", row.loginId());
        assertEquals("a.nguyen@example.jp", row.email(), "full-width typing is normalised");
        assertEquals(Set.of(Role.LEARNER), row.roles());
        assertEquals("介護課", row.department());
        assertEquals(HIGO, row.organisation());
        assertEquals(2, row.line());
    }

    @Test
    void missingFieldsAreReportedPerField() {
        assertEquals(List.of("loginId:Required", "displayName:Required"), codes(rows(",,x@example.jp,,,\n").get(0)));
        assertEquals(List.of("displayName:Required"), codes(rows("only-id,,,,,\n").get(0)));
    }

    @Test
    void badLoginIdsEmailsAndRolesAreReported() {
        List<ImportRow> rows = rows("ab,A,,,,\nyamada taro,B,,,,\ngood1,C,not-an-email,,,\n"
                + "good2,D,a@b,,,\ngood3,E,,superuser,,\ngood4,F,,講師;相談員,,\n");
        assertEquals(List.of("loginId:LoginId"), codes(rows.get(0)));
        assertEquals(List.of("loginId:LoginId"), codes(rows.get(1)));
        assertEquals(List.of("email:Email"), codes(rows.get(2)));
        assertEquals(List.of("email:Email"), codes(rows.get(3)), "a domain needs a dot");
        assertEquals(List.of("role:Role"), codes(rows.get(4)));
        assertEquals(Set.of(Role.INSTRUCTOR, Role.COUNSELLOR), rows.get(5).roles());
    }

    @Test
    void duplicatesInTheFileAndInTheDatabaseAreReported() {
        List<ImportRow> rows = rows("tanaka,A,,,,\nTANAKA,B,,,,\ntaken-id,C,,,,\nｔａｎａｋａ,D,,,,\n");
        assertTrue(rows.get(0).valid());
        assertEquals(List.of("loginId:DuplicateInFile"), codes(rows.get(1)));
        assertTrue(rows.get(1).errors().get(0).reason().contains("line 2"), rows.get(1).errors().toString());
        assertEquals(List.of("loginId:Taken"), codes(rows.get(2)));
        assertEquals(List.of("loginId:DuplicateInFile"), codes(rows.get(3)), "full-width is the same id");
    }

    @Test
    void markupAndControlCharactersInNamesAreRefused() {
        List<ImportRow> rows = rows("x01,<script>alert(1)</script>,,,,\nx02,\"a\nb\",,,,\nx03,O'Brien & Co,,,<b>,\n");
        assertEquals(List.of("displayName:Markup"), codes(rows.get(0)));
        assertEquals(List.of("displayName:Markup"), codes(rows.get(1)), "a line break inside a name");
        assertEquals(List.of("department:Markup"), codes(rows.get(2)), "& and ' are fine, < is not");
    }

    @Test
    void overlongFieldsAreRefused() {
        String name = "山".repeat(200);
        List<ImportRow> rows = rows("x01," + name + ",,,,\nx02," + name + "田,,,,\nx03,N,"
                + "a".repeat(250) + "@example.jp,,,\nx04,N,,," + "d".repeat(201) + ",\nx05" + "9".repeat(63) + ",N,,,,\n");
        assertTrue(rows.get(0).valid(), "200 characters, each a surrogate-free kanji, are fine");
        assertEquals(List.of("displayName:TooLong"), codes(rows.get(1)));
        assertEquals(List.of("email:TooLong"), codes(rows.get(2)));
        assertEquals(List.of("department:TooLong"), codes(rows.get(3)));
        assertEquals(List.of("loginId:LoginId"), codes(rows.get(4)));
    }

    @Test
    void organisationsAreFoundByNameOrIdAndManagersNeedOne() {
        List<ImportRow> rows = rows("m01,A,,企業担当者,,\nm02,B,,company_manager,,(株)阿蘇ファーム\nm03,C,,,,8\n"
                + "m04,D,,,,Nowhere Ltd\n");
        assertEquals(List.of("role:ManagerNeedsOrganisation"), codes(rows.get(0)));
        assertEquals(ASO, rows.get(1).organisation(), "㈱ and (株) are the same after NFKC");
        assertEquals(Set.of(Role.COMPANY_MANAGER), rows.get(1).roles());
        assertEquals(ASO, rows.get(2).organisation());
        assertEquals(List.of("organisation:Organisation"), codes(rows.get(3)));
        assertNull(rows.get(3).organisation());
    }

    @Test
    void theFilesDefaultOrganisationAppliesToRowsWithoutOne() {
        CsvTable table = CsvTable.parse("login,name,company\nd1,A,\nd02,B,㈱阿蘇ファーム\n", 10);
        List<ImportRow> rows = RowValidation.validate(table, HeaderMapping.of(table.headers(), Map.of()),
                new RowValidation.Context(CONTEXT.organisationsByName(), CONTEXT.organisationsById(), HIGO, Set.of()));
        assertEquals(HIGO, rows.get(0).organisation());
        assertEquals(ASO, rows.get(1).organisation());
    }

    @Test
    void rolesInEnglishAndJapanese() {
        assertEquals(Set.of(Role.LEARNER), RowValidation.roles(""));
        assertEquals(Set.of(Role.ADMINISTRATOR), RowValidation.roles("Administrator"));
        assertEquals(Set.of(Role.COUNSELLOR), RowValidation.roles("counselor"));
        assertEquals(Set.of(Role.LEARNER, Role.COMPANY_MANAGER), RowValidation.roles("受講者、企業担当者"));
        assertEquals(Set.of(), RowValidation.roles("learner;boss"));
    }
}
