package org.manabi.content.coursepackage;

import org.manabi.content.zip.BoundedZip;

/**
 * How much a package may hold. The defaults are the limits of the format; tests and callers with
 * tighter needs may lower them.
 *
 * @param maxZipBytes     the ZIP file as uploaded
 * @param maxEntries      entries in the ZIP, folders included
 * @param maxTotalBytes   all entries together, unpacked
 * @param maxEntryBytes   one entry, unpacked
 * @param maxTextBytes    the manifest or one Markdown file, unpacked
 * @param maxRatio        unpacked bytes per packed byte of one entry
 * @param ratioGraceBytes the ratio is only judged once an entry has unpacked this much, so a small
 *                        file that happens to compress very well is not taken for a bomb
 */
public record PackageLimits(
        long maxZipBytes,
        int maxEntries,
        long maxTotalBytes,
        long maxEntryBytes,
        long maxTextBytes,
        int maxRatio,
        long ratioGraceBytes) {

    private static final long MIB = 1024 * 1024;

    public static PackageLimits defaults() {
        return new PackageLimits(20 * MIB, 2000, 100 * MIB, 20 * MIB, MIB, 100, MIB);
    }

    BoundedZip.Limits zipLimits() {
        return new BoundedZip.Limits(maxZipBytes, maxEntries, maxTotalBytes, maxEntryBytes, maxTextBytes, maxRatio,
                ratioGraceBytes);
    }
}
