package org.manabi.core.accountimport;

import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Optional;

/** The encodings an import file may be in: what Excel writes as "CSV UTF-8", and what Japanese Excel writes as "CSV". */
public enum SourceEncoding {
    UTF_8("UTF-8", Charset.forName("UTF-8")),
    /** Windows' Shift_JIS (CP932): Excel's extra characters such as ① and ㈱ are in it, plain Shift_JIS lacks them. */
    SHIFT_JIS("Shift_JIS", Charset.forName("windows-31j"));

    private final String label;
    private final Charset charset;

    SourceEncoding(String label, Charset charset) {
        this.label = label;
        this.charset = charset;
    }

    /** The name people know it by, e.g. {@code Shift_JIS}. */
    public String label() {
        return label;
    }

    public Charset charset() {
        return charset;
    }

    /** An encoding a client names, in any of its usual spellings; empty for an unknown name. */
    public static Optional<SourceEncoding> named(String name) {
        String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
        return switch (key) {
            case "utf8" -> Optional.of(UTF_8);
            case "shiftjis", "sjis", "cp932", "ms932", "windows31j" -> Optional.of(SHIFT_JIS);
            default -> Optional.empty();
        };
    }
}
