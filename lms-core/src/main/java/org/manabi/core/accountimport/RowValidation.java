package org.manabi.core.accountimport;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.manabi.core.identity.LoginIds;
import org.manabi.core.identity.Role;

/**
 * Checks every row of a file against the rules for a new account, without touching the database:
 * what the database knows (login ids in use, organisations) is passed in. Pure, so every rule is
 * unit-tested.
 */
public final class RowValidation {

    public static final int MAX_NAME = 200;
    public static final int MAX_EMAIL = 254;
    public static final int MAX_DEPARTMENT = 200;

    /**
     * Names and departments are shown in many places; the same rule as for one account issued by
     * hand: no '<' or '>' (a "name" like {@code <script>} is a mistake or an attack, never a person)
     * and no control characters (a line break inside a quoted cell included).
     */
    private static final Pattern PLAIN_TEXT = Pattern.compile("[^<>\\p{Cntrl}]*");
    /** A practical address check: one '@', no spaces or brackets, a dot in the domain. */
    private static final Pattern EMAIL = Pattern.compile(
            "[^\\s@<>()\\[\\],;:\"\\\\]{1,64}@[^\\s@<>()\\[\\],;:\"\\\\.]+(\\.[^\\s@<>()\\[\\],;:\"\\\\.]+)+");
    private static final Pattern ROLE_SEPARATORS = Pattern.compile("[;|、,/／]");
    private static final Map<String, Role> ROLE_NAMES = roleNames();

    /**
     * What the rows are checked against.
     *
     * @param organisationsByName  organisations the administrator may assign people to, by {@link #nameKey}
     * @param organisationsById    the same, by id
     * @param defaultOrganisation  the organisation for rows without one, or {@code null}
     * @param loginKeysInUse       login keys ({@link LoginIds#key}) already held by an account
     */
    public record Context(Map<String, OrganisationRef> organisationsByName, Map<Long, OrganisationRef> organisationsById,
                          OrganisationRef defaultOrganisation, Set<String> loginKeysInUse) {
    }

    private RowValidation() {
    }

    public static List<ImportRow> validate(CsvTable table, HeaderMapping mapping, Context context) {
        Map<String, Integer> firstLineOfKey = new HashMap<>();
        List<ImportRow> rows = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            rows.add(validate(row, mapping, context, firstLineOfKey));
        }
        return rows;
    }

    private static ImportRow validate(CsvTable.Row row, HeaderMapping mapping, Context context,
                                      Map<String, Integer> firstLineOfKey) {
        int line = row.line();
        List<RowError> errors = new ArrayList<>();

        String loginId = Normalizer.normalize(mapping.value(row, Column.LOGIN_ID), Normalizer.Form.NFKC);
        if (loginId.isEmpty()) {
            errors.add(new RowError(line, "loginId", "Required", "enter a login ID"));
        } else if (!LoginIds.isValid(loginId)) {
            errors.add(new RowError(line, "loginId", "LoginId", "use 3 to 64 letters, digits, '.', '_' or '-'"));
        } else {
            String key = LoginIds.key(loginId);
            Integer first = firstLineOfKey.putIfAbsent(key, line);
            if (first != null) {
                errors.add(new RowError(line, "loginId", "DuplicateInFile", "the same login ID as line " + first));
            } else if (context.loginKeysInUse().contains(key)) {
                errors.add(new RowError(line, "loginId", "Taken", "another account already uses this login ID"));
            }
        }

        String displayName = mapping.value(row, Column.DISPLAY_NAME);
        if (displayName.isEmpty()) {
            errors.add(new RowError(line, "displayName", "Required", "enter the person's name"));
        } else {
            plainText(line, "displayName", displayName, MAX_NAME).ifPresent(errors::add);
        }

        String email = Normalizer.normalize(mapping.value(row, Column.EMAIL), Normalizer.Form.NFKC);
        if (email.length() > MAX_EMAIL) {
            errors.add(new RowError(line, "email", "TooLong", "at most " + MAX_EMAIL + " characters"));
        } else if (!email.isEmpty() && !EMAIL.matcher(email).matches()) {
            errors.add(new RowError(line, "email", "Email", "not an e-mail address"));
        }

        String roleText = mapping.value(row, Column.ROLE);
        Set<Role> roles = roles(roleText);
        if (roles.isEmpty()) {
            errors.add(new RowError(line, "role", "Role", "use one of " + List.of(Role.values())
                    + " or 受講者, 講師, 企業担当者, 相談員, 管理者"));
        }

        String department = mapping.value(row, Column.DEPARTMENT);
        plainText(line, "department", department, MAX_DEPARTMENT).ifPresent(errors::add);

        OrganisationRef organisation = context.defaultOrganisation();
        String organisationText = mapping.value(row, Column.ORGANISATION);
        if (!organisationText.isEmpty()) {
            organisation = findOrganisation(organisationText, context);
            if (organisation == null) {
                errors.add(new RowError(line, "organisation", "Organisation", "no such organisation"));
            }
        }
        if (roles.contains(Role.COMPANY_MANAGER) && organisation == null && organisationText.isEmpty()) {
            errors.add(new RowError(line, "role", "ManagerNeedsOrganisation",
                    "a company manager belongs to an organisation"));
        }
        return new ImportRow(line, loginId.strip(), displayName, email.isEmpty() ? null : email,
                roles.isEmpty() ? Set.of() : roles, department.isEmpty() ? null : department, organisation, errors);
    }

    private static Optional<RowError> plainText(int line, String field, String value, int max) {
        if (value.codePointCount(0, value.length()) > max) {
            return Optional.of(new RowError(line, field, "TooLong", "at most " + max + " characters"));
        }
        if (!PLAIN_TEXT.matcher(value).matches()) {
            return Optional.of(new RowError(line, field, "Markup",
                    "must not contain '<', '>' or control characters"));
        }
        return Optional.empty();
    }

    /** The roles a cell names; LEARNER for an empty cell; empty when any part is unknown. */
    static Set<Role> roles(String text) {
        if (text.isBlank()) {
            return EnumSet.of(Role.LEARNER);
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String part : ROLE_SEPARATORS.split(Normalizer.normalize(text, Normalizer.Form.NFKC))) {
            if (part.isBlank()) {
                continue;
            }
            Role role = ROLE_NAMES.get(Column.key(part));
            if (role == null) {
                return Set.of();
            }
            roles.add(role);
        }
        return roles;
    }

    private static OrganisationRef findOrganisation(String text, Context context) {
        OrganisationRef byName = context.organisationsByName().get(nameKey(text));
        if (byName != null) {
            return byName;
        }
        if (text.matches("[0-9]{1,18}")) {
            return context.organisationsById().get(Long.parseLong(text));
        }
        return null;
    }

    /** How organisation names are compared: NFKC, stripped, case and spaces ignored ("㈱" is "(株)"). */
    public static String nameKey(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", "");
    }

    private static Map<String, Role> roleNames() {
        Map<String, Role> names = new HashMap<>();
        for (Role role : Role.values()) {
            names.put(Column.key(role.name()), role);
        }
        names.put("counselor", Role.COUNSELLOR);
        names.put("manager", Role.COMPANY_MANAGER);
        names.put("admin", Role.ADMINISTRATOR);
        names.put("student", Role.LEARNER);
        for (String learner : List.of("受講者", "学習者", "受講生", "研修生", "学生")) {
            names.put(learner, Role.LEARNER);
        }
        for (String instructor : List.of("講師", "インストラクター", "先生")) {
            names.put(instructor, Role.INSTRUCTOR);
        }
        for (String manager : List.of("企業担当者", "会社担当者", "担当者", "企業管理者")) {
            names.put(manager, Role.COMPANY_MANAGER);
        }
        for (String counsellor : List.of("相談員", "カウンセラー", "キャリアコンサルタント")) {
            names.put(counsellor, Role.COUNSELLOR);
        }
        for (String administrator : List.of("管理者", "事務局", "運営者")) {
            names.put(administrator, Role.ADMINISTRATOR);
        }
        return Map.copyOf(names);
    }
}
