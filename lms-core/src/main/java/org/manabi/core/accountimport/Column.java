package org.manabi.core.accountimport;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * The account fields a column can fill, with the header names each is recognised by. Headers are
 * compared after NFKC (so full-width "ＩＤ" is "ID"), lower-casing, and removing spaces, '-', '_',
 * '.' and '・', so "Login ID", "login_id" and "ログインＩＤ" all match.
 */
public enum Column {
    LOGIN_ID("loginId", true, Set.of("loginid", "login", "id", "userid", "username", "account", "accountid",
            "ログインid", "ログイン", "ユーザーid", "ユーザid", "利用者id", "アカウント", "アカウントid", "id番号")),
    DISPLAY_NAME("displayName", true, Set.of("name", "displayname", "fullname", "learnername", "氏名", "名前",
            "お名前", "表示名", "受講者名", "受講生名", "氏名漢字")),
    EMAIL("email", false, Set.of("email", "mail", "emailaddress", "mailaddress", "メール", "メールアドレス", "eメール",
            "eメールアドレス", "電子メール", "連絡先メール")),
    ROLE("role", false, Set.of("role", "roles", "役割", "ロール", "権限", "区分")),
    DEPARTMENT("department", false, Set.of("department", "dept", "division", "所属", "部署", "部署名", "所属部署",
            "部門")),
    ORGANISATION("organisation", false, Set.of("organisation", "organization", "company", "companyname", "employer",
            "会社", "会社名", "企業", "企業名", "事業所", "事業所名", "所属企業", "勤務先"));

    private final String fieldName;
    private final boolean required;
    private final Set<String> aliases;

    Column(String fieldName, boolean required, Set<String> aliases) {
        this.fieldName = fieldName;
        this.required = required;
        this.aliases = aliases;
    }

    /** The field's name in the API (row results, errors, mapping). */
    public String fieldName() {
        return fieldName;
    }

    /** Whether an import needs this column at all. */
    public boolean required() {
        return required;
    }

    /** Whether a header names this field. */
    public boolean recognises(String header) {
        return aliases.contains(key(header));
    }

    static String key(String header) {
        return Normalizer.normalize(header == null ? "" : header, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[\\s\\-_.・]", "");
    }
}
