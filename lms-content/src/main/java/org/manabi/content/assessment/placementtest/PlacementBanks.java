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
 * JLPT: about 6,500 four-option items built from the library. IT basics: the 19 single-choice
 * items of the IT Passport practice set ({@link ItBasicsPool}), small enough that a test asks most
 * of them; it places roughly until the set grows.
 */
public final class PlacementBanks {

    /** Never change: stored attempts depend on it. */
    static final long BANK_SEED = 20_261_201L;

    private static final Map<String, List<PlacementItem>> BANKS = new ConcurrentHashMap<>();

    private PlacementBanks() {
    }

    /** The scale by name, e.g. "JLPT"; refused (field {@code scale}) when there is no bank for it. */
    public static PlacementScale scale(String name) {
        String wanted = name == null ? "" : name.strip().toUpperCase(Locale.ROOT);
        for (PlacementScale scale : List.of(PlacementScale.JLPT, PlacementScale.IT_BASICS)) {
            if (scale.name().equals(wanted)) {
                return scale;
            }
        }
        throw CatalogRefusal.invalid("scale", "Scale", "must be JLPT or IT_BASICS");
    }

    /** The placement for a scale, with four-option guessing and the attempt's item limit. */
    public static Placement placement(String scaleName, int maxItems, ClassLoader loader) {
        PlacementScale scale = scale(scaleName);
        List<PlacementItem> bank = BANKS.computeIfAbsent(scale.name(), s -> scale == PlacementScale.JLPT
                ? JlptPlacementPool.fromLibrary(loader, scale, BANK_SEED)
                : ItBasicsPool.fromSamples(loader));
        return new Placement(scale, bank, PlacementConfig.FOUR_OPTIONS.withMaxItems(maxItems));
    }
}
