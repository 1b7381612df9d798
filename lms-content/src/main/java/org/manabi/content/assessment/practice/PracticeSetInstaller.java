package org.manabi.content.assessment.practice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.manabi.content.assessment.bank.BankItemDefinition;
import org.manabi.content.assessment.quiz.FeedbackPolicy;
import org.manabi.content.assessment.quiz.QuizDefinition;
import org.manabi.content.assessment.quiz.Quizzes;
import org.manabi.core.audit.AuditEntry;
import org.manabi.core.system.BackgroundWork;
import org.manabi.core.system.ServerStarted;

/**
 * Installs the bundled practice sets (the IT Passport ones in {@code content-samples}) as quizzes
 * after start-up, in the background, with the rest of the library: the starter course ITP-101
 * refers to them by code. A set already installed is left as it is.
 */
@ApplicationScoped
public class PracticeSetInstaller {

    private static final Logger LOG = Logger.getLogger(PracticeSetInstaller.class.getName());
    private static final int PASS_PERCENT = 60;

    @Inject
    Quizzes quizzes;

    @Inject
    @ConfigProperty(name = "manabi.library.install", defaultValue = "true")
    boolean installLibrary;

    void onServerStarted(@Observes ServerStarted started) {
        if (installLibrary) {
            BackgroundWork.executor().submit(this::installAll);
        }
    }

    void installAll() {
        try {
            int installed = 0;
            for (PracticeSets.PracticeSet set : PracticeSets.readResource(
                    Thread.currentThread().getContextClassLoader(), PracticeSets.ITP_PRACTICE, "ITP")) {
                if (quizzes.byCode(set.code()).isEmpty()) {
                    List<BankItemDefinition> items = set.items().stream().map(PracticeSets.PracticeItem::definition)
                            .toList();
                    quizzes.createWithItems(new QuizDefinition(set.code(), set.title(),
                            "ITパスポート試験の形式の練習問題（Manabiのオリジナル）。 Practice in the style of the IT Passport exam, written for Manabi.",
                            null, null, PASS_PERCENT, FeedbackPolicy.IMMEDIATE, List.of(), List.of(), List.of()),
                            items, 1, null, AuditEntry.SYSTEM_ACTOR);
                    installed++;
                }
            }
            int count = installed;
            LOG.info(() -> "Practice sets: " + count + " installed");
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Could not install the practice sets", e);
        }
    }
}
