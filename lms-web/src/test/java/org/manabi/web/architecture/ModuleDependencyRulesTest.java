package org.manabi.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module dependency rule of docs/ARCHITECTURE.md, checked on the compiled classes of every
 * module: web → content/video → core; content and video never meet directly; JAX-RS only in web;
 * each third-party engine behind exactly one package.
 */
class ModuleDependencyRulesTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.manabi");
    }

    @Test
    void coreDependsOnNoOtherModule() {
        check(noClasses().that().resideInAPackage("org.manabi.core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.manabi.content..", "org.manabi.video..", "org.manabi.web.."));
    }

    @Test
    void contentNeverImportsVideoOrWeb() {
        check(noClasses().that().resideInAPackage("org.manabi.content..")
                .should().dependOnClassesThat().resideInAnyPackage("org.manabi.video..", "org.manabi.web.."));
    }

    @Test
    void videoNeverImportsContentOrWeb() {
        check(noClasses().that().resideInAPackage("org.manabi.video..")
                .should().dependOnClassesThat().resideInAnyPackage("org.manabi.content..", "org.manabi.web.."));
    }

    @Test
    void onlyTheWebModuleUsesJaxRs() {
        check(noClasses().that().resideOutsideOfPackage("org.manabi.web..")
                .should().dependOnClassesThat().resideInAPackage("jakarta.ws.rs.."));
    }

    @Test
    void theWebModuleNeverTouchesPersistenceDirectly() {
        check(noClasses().that().resideInAPackage("org.manabi.web..")
                .should().dependOnClassesThat().resideInAPackage("jakarta.persistence.."));
    }

    @Test
    void luceneIsUsedOnlyInTheSearchEnginePackage() {
        check(noClasses().that().resideOutsideOfPackage("org.manabi.content.search.lucene..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.lucene.."));
    }

    @Test
    void javaCvIsUsedOnlyInTheTranscodingEnginePackage() {
        check(noClasses().that().resideOutsideOfPackage("org.manabi.video.transcode.javacv..")
                .should().dependOnClassesThat().resideInAPackage("org.bytedeco.."));
    }

    private static void check(ArchRule rule) {
        rule.allowEmptyShould(true).check(classes);
    }
}
