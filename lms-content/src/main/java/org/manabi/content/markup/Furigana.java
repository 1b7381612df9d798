package org.manabi.content.markup;

import java.util.List;
import org.commonmark.node.CustomNode;

/**
 * A reading over a base text. With one reading it spans the whole base; with several, the base has
 * exactly one character per reading and each character gets its own.
 */
final class Furigana extends CustomNode {

    private final String base;
    private final List<String> readings;

    Furigana(String base, List<String> readings) {
        this.base = base;
        this.readings = List.copyOf(readings);
    }

    String base() {
        return base;
    }

    List<String> readings() {
        return readings;
    }

    /** Pairs of base and reading, one per ruby element. */
    List<String[]> pairs() {
        if (readings.size() == 1) {
            return List.<String[]>of(new String[] {base, readings.get(0)});
        }
        int[] characters = base.codePoints().toArray();
        String[][] pairs = new String[characters.length][];
        for (int i = 0; i < characters.length; i++) {
            pairs[i] = new String[] {Character.toString(characters[i]), readings.get(i)};
        }
        return List.of(pairs);
    }
}
