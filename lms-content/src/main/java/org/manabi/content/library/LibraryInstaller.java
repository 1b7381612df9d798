package org.manabi.content.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.manabi.core.system.BackgroundWork;
import org.manabi.content.catalog.CatalogRefusal;
import org.manabi.content.catalog.CatalogViewer;
import org.manabi.content.catalog.CourseAuthoring;
import org.manabi.content.catalog.CourseCatalog;
import org.manabi.content.catalog.CourseDefinition;
import org.manabi.content.coursepackage.CoursePackageReader;
import org.manabi.content.coursepackage.PackageResult;
import org.manabi.core.audit.AuditEntry;
import org.manabi.core.system.ServerStarted;

/**
 * Puts the bundled library into the catalog after start-up, in the background so the server
 * answers at once: the JLPT courses built from the open data and the hand-written packages, each
 * published as a bundled course in its own transaction. A course whose code is already there is
 * left alone, so an edited or archived bundled course stays as its editors left it.
 *
 * <p>For scale tests, {@code manabi.samples.synthetic-courses} adds that many generated courses.
 */
@ApplicationScoped
public class LibraryInstaller {

    private static final Logger LOG = Logger.getLogger(LibraryInstaller.class.getName());
    private static final CatalogViewer LIBRARY = new CatalogViewer(null, true, true);

    @Inject
    CourseAuthoring authoring;

    @Inject
    CourseCatalog catalog;

    @Inject
    @ConfigProperty(name = "manabi.library.install", defaultValue = "true")
    boolean installLibrary;

    @Inject
    @ConfigProperty(name = "manabi.samples.synthetic-courses", defaultValue = "0")
    int syntheticCourses;

    private volatile boolean finished;

    void onServerStarted(@Observes ServerStarted started) {
        if (!installLibrary && syntheticCourses <= 0) {
            finished = true;
            return;
        }
        BackgroundWork.executor().submit(this::installAll);
    }

    /** Whether the background installation has ended (or there was nothing to install). */
    public boolean finished() {
        return finished;
    }

    private void installAll() {
        try {
            int installed = 0;
            if (installLibrary) {
                for (BundledCourse course : bundledCourses()) {
                    if (catalog.courseByCode(course.code()).isEmpty()) {
                        installed += install(course.definition()) ? 1 : 0;
                    }
                }
            }
            for (int n = 1; n <= syntheticCourses; n++) {
                int number = n;
                installed += install(() -> SyntheticCatalog.course(SyntheticCatalog.DEFAULT_SEED, number,
                        SyntheticCatalog.DEFAULT_LESSONS_PER_COURSE)) ? 1 : 0;
            }
            int count = installed;
            LOG.info(() -> "Course library: " + count + " courses installed");
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Could not install the course library", e);
        } finally {
            finished = true;
        }
    }

    /** A bundled course by its code, built only when asked for: most starts find it installed. */
    record BundledCourse(String code, Supplier<CourseDefinition> definition) {
    }

    /** The library: the JLPT courses (each level built once, when first needed) and the packages. */
    List<BundledCourse> bundledCourses() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        List<BundledCourse> courses = new ArrayList<>();
        for (org.manabi.content.catalog.Level level : JlptLibrary.LEVELS) {
            Supplier<List<CourseDefinition>> levelCourses = memoised(() -> JlptLibrary.courses(loader, level));
            for (PracticeItem.Kind part : PracticeItem.Kind.values()) {
                String code = JlptLibrary.code(level, part);
                courses.add(new BundledCourse(code, () -> levelCourses.get().stream()
                        .filter(c -> c.code().equals(code))
                        .findFirst()
                        .orElseThrow(() -> new IllegalStateException("No JLPT course " + code))));
            }
        }
        CoursePackageReader reader = new CoursePackageReader();
        for (String name : BundledPackages.names(loader)) {
            courses.add(new BundledCourse(name, () -> {
                PackageResult result = reader.readClasspath(loader, BundledPackages.BASE + name);
                if (result instanceof PackageResult.Accepted accepted) {
                    return accepted.definition();
                }
                throw new IllegalStateException("Bundled package " + name + " is invalid: "
                        + ((PackageResult.Rejected) result).problems());
            }));
        }
        return courses;
    }

    private static <T> Supplier<T> memoised(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }

    /** One course; a broken one is logged and skipped so the rest of the library still arrives. */
    private boolean install(Supplier<CourseDefinition> course) {
        try {
            CourseDefinition definition = course.get();
            if (catalog.courseByCode(definition.code()).isPresent()) {
                return false;
            }
            authoring.importDefinition(definition, LIBRARY, AuditEntry.SYSTEM_ACTOR, true, true);
            return true;
        } catch (CatalogRefusal e) {
            LOG.warning(() -> "A bundled course was refused: " + e.getMessage() + " " + e.problems());
            return false;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "A bundled course could not be installed", e);
            return false;
        }
    }
}
