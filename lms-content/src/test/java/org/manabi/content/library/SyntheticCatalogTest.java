package org.manabi.content.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.manabi.content.catalog.Category;
import org.manabi.content.catalog.CourseDefinition;
import org.manabi.content.catalog.LessonDefinition;
import org.manabi.content.catalog.Level;

class SyntheticCatalogTest {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,39}");

    @Test
    void theSameSeedGivesTheSameCatalog() {
        List<CourseDefinition> first = SyntheticCatalog.generate(42, 50, 20).toList();
        List<CourseDefinition> second = SyntheticCatalog.generate(42, 50, 20).toList();
        assertEquals(first, second);
        assertEquals(first.get(29), SyntheticCatalog.course(42, 30, 20));
        assertNotEquals(first, SyntheticCatalog.generate(43, 50, 20).toList());
    }

    @Test
    void countsAndCodesAreAsAsked() {
        List<CourseDefinition> courses = SyntheticCatalog.generate(7, 120, 15).toList();
        assertEquals(120, courses.size());
        assertEquals("SYN-00001", courses.get(0).code());
        assertEquals("SYN-00120", courses.get(119).code());
        assertTrue(courses.stream().allMatch(c -> c.lessonCount() == 15));
        assertEquals(120, courses.stream().map(CourseDefinition::code).distinct().count());
    }

    @Test
    void theDefaultCatalogHasAHundredThousandLessonsAndVariety() {
        AtomicLong courses = new AtomicLong();
        AtomicLong lessons = new AtomicLong();
        Set<Category> categories = EnumSet.noneOf(Category.class);
        Set<Level> levels = EnumSet.noneOf(Level.class);
        Set<String> languages = new HashSet<>();
        Map<String, Long> markerHits = new HashMap<>();
        AtomicLong security = new AtomicLong();
        SyntheticCatalog.generate().forEach(c -> {
            courses.incrementAndGet();
            categories.add(c.category());
            levels.add(c.level());
            languages.add(c.language());
            assertTrue(CODE.matcher(c.code()).matches(), c.code());
            assertTrue(c.title().length() <= 200 && c.summary().length() <= 2000, c.code());
            assertTrue(c.estimatedHours() >= 0.5 && c.estimatedHours() <= 1000);
            assertTrue(c.tags().size() <= 20);
            for (var section : c.sections()) {
                for (LessonDefinition l : section.lessons()) {
                    lessons.incrementAndGet();
                    assertTrue(l.title().length() <= 200 && l.minutes() >= 1 && l.minutes() <= 600);
                    String text = l.body() == null ? "" : l.body();
                    if (text.contains("情報セキュリティ")) {
                        security.incrementAndGet();
                    }
                    for (SyntheticCatalog.RareMarker m : SyntheticCatalog.RARE_MARKERS) {
                        if (text.contains(m.term())) {
                            markerHits.merge(m.term(), 1L, Long::sum);
                        }
                    }
                }
            }
        });
        assertTrue(courses.get() >= 1_000);
        assertEquals(100_000, lessons.get());
        assertTrue(categories.size() >= 6, categories::toString);
        assertTrue(levels.size() >= 8, levels::toString);
        assertEquals(Set.of("ja", "en", "vi", "id", "tl", "my"), languages);
        assertTrue(security.get() > 1_000, "情報セキュリティ in " + security.get() + " lessons");
        assertEquals(SyntheticCatalog.RARE_MARKERS.stream().collect(Collectors.toMap(
                SyntheticCatalog.RareMarker::term, m -> m.occurrences(100_000))), markerHits);
    }
}
