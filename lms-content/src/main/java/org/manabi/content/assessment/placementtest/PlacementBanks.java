package org.manabi.content.assessment.placementtest;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.manabi.content.assessment.placement.JlptPlacementPool;
import org.manabi.content.assessment.placement.Placement;
import org.manabi.content.assessment.placement.PlacementConfig;
import org.manabi.content.assessment.placement.PlacementItem;
import org.manabi.content.assessment.placement.PlacementScale;
import org.manabi.content.catalog.CatalogRefusal;

/**
 * The item banks, built once from the bundled data. The bank seed is fixed: stored answers name
 * items by id, and the right option of an item depends on the seed, so it must never change.
 * Only the JLPT scale has a bank for now; the IT basics practice set (30 items) is too small and
 * too mixed in item types for an adaptive test, so IT_BASICS is refused until it has one.
 */
public final class PlacementBanks {

    /** Never change: stored attempts depend on it. */
    static final long BANK_SEED = 20_261_201L;

    private static final Map<String, List<PlacementItem>> BANKS = new ConcurrentHashMap<>();

    private PlacementBanks() {
    }

    /** The scale by name, e.g. "JLPT"; refused (field {@code scale}) when there is no bank for it. */
    public static PlacementScale scale(String name) {
        if (name != null && PlacementScale.JLPT.name().equals(name.strip().toUpperCase(Locale.ROOT))) {
            return PlacementScale.JLPT;
        }
        throw CatalogRefusal.invalid("scale", "Scale", "must be JLPT");
    }

    /** The placement for a scale, with four-option guessing and the attempt's item limit. */
    public static Placement placement(String scaleName, int maxItems, ClassLoader loader) {
        PlacementScale scale = scale(scaleName);
        List<PlacementItem> bank = BANKS.computeIfAbsent(scale.name(),
                s -> JlptPlacementPool.fromLibrary(loader, scale, BANK_SEED));
        return new Placement(scale, bank, PlacementConfig.FOUR_OPTIONS.withMaxItems(maxItems));
    }
}
