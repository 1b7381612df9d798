package org.manabi.content.library;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.IntStream;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
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
    private static final String EXECUTOR = "java:comp/DefaultManagedExecutorService";
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
        executor().submit(this::installAll);
    }

    /** Whether the background installation has ended (or there was nothing to install). */
    public boolean finished() {
        return finished;
    }

    private void installAll() {
        try {
            int installed = 0;
            if (installLibrary) {
                for (Supplier<CourseDefinition> course : bundledCourses()) {
                    installed += install(course) ? 1 : 0;
                }
            }
            if (syntheticCourses > 0) {
                for (int n : IntStream.rangeClosed(1, syntheticCourses).toArray()) {
                    installed += install(() -> SyntheticCatalog.course(SyntheticCatalog.DEFAULT_SEED, n,
                            SyntheticCatalog.DEFAULT_LESSONS_PER_COURSE)) ? 1 : 0;
                }
            }
            int count = installed;
            LOG.info(() -> "Course library: " + count + " courses installed");
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Could not install the course library", e);
        } finally {
            finished = true;
        }
    }

    /** The library as deferred definitions, so only missing courses are built. */
    List<Supplier<CourseDefinition>> bundledCourses() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        List<Supplier<CourseDefinition>> courses = new ArrayList<>();
        for (CourseDefinition jlpt : JlptLibrary.courses(loader)) {
            courses.add(() -> jlpt);
        }
        CoursePackageReader reader = new CoursePackageReader();
        for (String name : BundledPackages.names(loader)) {
            courses.add(() -> {
                PackageResult result = reader.readClasspath(loader, BundledPackages.BASE + name);
                if (result instanceof PackageResult.Accepted accepted) {
                    return accepted.definition();
                }
                throw new IllegalStateException("Bundled package " + name + " is invalid: "
                        + ((PackageResult.Rejected) result).problems());
            });
        }
        return courses;
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

    /** Looked up by name: Payara does not inject resources into beans of a library jar. */
    private static ManagedExecutorService executor() {
        try {
            return InitialContext.doLookup(EXECUTOR);
        } catch (NamingException e) {
            throw new IllegalStateException("No managed executor at " + EXECUTOR, e);
        }
    }
}
