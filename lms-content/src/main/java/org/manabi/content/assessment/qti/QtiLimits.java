package org.manabi.content.assessment.qti;

import org.manabi.content.zip.BoundedZip;

/**
 * How much an import may read. Sizes are judged on the bytes actually read and inflated, never on
 * what ZIP headers claim.
 *
 * @param maxZipBytes     the ZIP file as uploaded
 * @param maxEntries      entries in the ZIP, folders included
 * @param maxTotalBytes   all entries together, unpacked
 * @param maxEntryBytes   one entry that is not XML (images, audio; read through, not kept)
 * @param maxXmlBytes     one XML file (an item or the manifest), unpacked or given alone
 * @param maxRatio        unpacked bytes per packed byte of one entry
 * @param ratioGraceBytes the ratio is only judged once an entry has unpacked this much
 * @param maxDepth        how deeply XML elements may nest
 */
public record QtiLimits(
        long maxZipBytes,
        int maxEntries,
        long maxTotalBytes,
        long maxEntryBytes,
        long maxXmlBytes,
        int maxRatio,
        long ratioGraceBytes,
        int maxDepth) {

    private static final long MIB = 1024 * 1024;

    public QtiLimits {
        if (maxZipBytes < 1 || maxEntries < 1 || maxTotalBytes < 1 || maxEntryBytes < 1 || maxXmlBytes < 1
                || maxRatio < 1 || ratioGraceBytes < 0 || maxDepth < 4) {
            throw new IllegalArgumentException("QtiLimits: every limit must be positive (maxDepth at least 4)");
        }
    }

    public static QtiLimits defaults() {
        return new QtiLimits(20 * MIB, 2000, 100 * MIB, 20 * MIB, MIB, 100, MIB, 64);
    }

    BoundedZip.Limits zipLimits() {
        return new BoundedZip.Limits(maxZipBytes, maxEntries, maxTotalBytes, maxEntryBytes, maxXmlBytes, maxRatio,
                ratioGraceBytes);
    }
}
