package org.manabi.web.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.manabi.core.application.ApplicationForm;
import org.manabi.core.application.ApplicationForms;
import org.manabi.core.application.Question;
import org.manabi.core.application.Requirement;
import org.manabi.core.application.SelectionMode;
import org.manabi.core.audit.AuditEntry;
import org.manabi.core.config.RuntimeMode;
import org.manabi.core.identity.AccountAdministration;
import org.manabi.core.identity.Role;
import org.manabi.core.organisation.Organisation;
import org.manabi.core.organisation.OrganisationDetails;
import org.manabi.core.organisation.OrganisationDirectory;
import org.manabi.core.programme.Cohort;
import org.manabi.core.programme.OrganisationCap;
import org.manabi.core.programme.Programme;
import org.manabi.core.programme.ProgrammeCatalogue;
import org.manabi.core.system.ServerStarted;

/**
 * Sample data for the first start in demo mode: a few companies, one programme for each of the
 * procurement specifications Manabi is built for (with their seat rules), and one account per role
 * whose credentials are printed once and published in the README. Production mode creates none,
 * and refuses to start while a demo account still accepts the published password.
 */
@ApplicationScoped
public class DemoData {

    /** Published in README.md. */
    public static final String PASSWORD = "manabi-demo-2026";

    /** A demo account: its login id, name, roles, whether it must choose its own password, and whether it works for the demo company. */
    record Demo(String loginId, String displayName, Set<Role> roles, boolean mustChangePassword, boolean employee) {
    }

    static final List<Demo> ACCOUNTS = List.of(
            new Demo("demo-admin", "Demo Administrator", EnumSet.of(Role.ADMINISTRATOR), false, false),
            new Demo("demo-instructor", "Demo Instructor", EnumSet.of(Role.INSTRUCTOR), false, false),
            new Demo("demo-manager", "Demo Company Manager", EnumSet.of(Role.COMPANY_MANAGER), false, true),
            new Demo("demo-counsellor", "Demo Counsellor", EnumSet.of(Role.COUNSELLOR), false, false),
            new Demo("demo-learner", "Demo Learner", EnumSet.of(Role.LEARNER), false, true),
            new Demo("demo-newcomer", "Demo Newcomer", EnumSet.of(Role.LEARNER), true, true));

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    private static final String ACTOR = AuditEntry.SYSTEM_ACTOR;

    @Inject
    AccountAdministration administration;

    @Inject
    OrganisationDirectory organisations;

    @Inject
    ProgrammeCatalogue programmes;

    @Inject
    ApplicationForms forms;

    /** One transaction: a start that fails half-way leaves no half-made demo data behind. */
    @Transactional
    void onServerStarted(@Observes ServerStarted started) {
        if (started.mode() == RuntimeMode.PRODUCTION) {
            refuseUsableDemoAccounts();
            return;
        }
        if (administration.exists(ACCOUNTS.get(0).loginId())) {
            return;
        }
        Organisation care = organisations.create(new OrganisationDetails("Higo Kaigo Service (demo)", 25,
                "Kumamoto", "Sato Hanako", null, null, List.of("Care", "Office")), ACTOR);
        organisations.create(new OrganisationDetails("Satsuma Foods (demo)", 120, "Kagoshima", "Yamada Taro", null,
                null, List.of("Production", "Logistics")), ACTOR);
        organisations.create(new OrganisationDetails("Sendai IT Works (demo)", 45, "Sendai", "Suzuki Ichiro", null,
                null, List.of("Development")), ACTOR);
        createSeedProgrammes(care);

        StringBuilder banner = new StringBuilder("Demo data created (demo mode only). Accounts, password '")
                .append(PASSWORD).append("':");
        for (Demo demo : ACCOUNTS) {
            administration.create(demo.loginId(), demo.displayName(), null, PASSWORD, demo.roles(),
                    demo.mustChangePassword(), demo.employee() ? care.id() : null, demo.employee() ? "Care" : null,
                    ACTOR);
            banner.append("\n  ").append(demo.loginId()).append("  ").append(demo.roles())
                    .append(demo.mustChangePassword() ? "  (must choose a new password at first sign-in)" : "");
        }
        LOG.info(banner::toString);
    }

    /** The programmes of the five specifications, with the seat rules each states. */
    private void createSeedProgrammes(Organisation workshopCompany) {
        Programme kumamoto = programmes.create(new Programme("kumamoto-reskilling-2026", "Kumamoto reskilling 2026",
                null, OrganisationCap.fixed(5), null), ACTOR);
        programmes.invite(kumamoto.id(), List.of(workshopCompany.id()), ACTOR);
        form(kumamoto, SelectionMode.FIRST_COME, null, null, Map.of(Question.COMPANY_NAME, Requirement.OPTIONAL,
                Question.COMPANY_SIZE, Requirement.OPTIONAL, Question.PHONE, Requirement.OPTIONAL));
        cohort(kumamoto, "Term 1", "2026-09-01", "2026-10-31", 100, 40, "2026-08-20");
        cohort(kumamoto, "Term 2", "2026-11-01", "2026-12-31", 100, 40, "2026-10-20");
        cohort(kumamoto, "Term 3", "2027-01-01", "2027-02-28", 100, 40, "2026-12-18");
        Programme kagoshima = programmes.create(new Programme("kagoshima-japanese-2026", "Kagoshima Japanese 2026",
                300, OrganisationCap.byEmployeeCount(30, 3, 5), null), ACTOR);
        form(kagoshima, SelectionMode.FIRST_COME, null, null, Map.of(Question.NATIONALITY, Requirement.REQUIRED,
                Question.RESIDENCE_STATUS, Requirement.REQUIRED, Question.NATIVE_LANGUAGE, Requirement.REQUIRED,
                Question.JAPANESE_LEVEL, Requirement.OPTIONAL, Question.COMPANY_NAME, Requirement.OPTIONAL,
                Question.COMPANY_SIZE, Requirement.OPTIONAL));
        cohort(kagoshima, "2026", "2026-09-01", "2027-02-28", null, 0, null);
        Programme miyagi = programmes.create(new Programme("miyagi-it-2026", "Miyagi IT training 2026", null,
                OrganisationCap.none(), null), ACTOR);
        form(miyagi, SelectionMode.SELECTION, 8, "Residents of Miyagi who are looking for work come first; then"
                + " the motivation statement; then submission order. A run with 7 or fewer applicants may be"
                + " cancelled.", Map.of(Question.ADDRESS, Requirement.REQUIRED, Question.EMPLOYMENT_STATUS,
                Requirement.REQUIRED, Question.MOTIVATION, Requirement.REQUIRED));
        cohort(miyagi, "Run 1", "2026-08-01", "2026-12-28", 20, 0, null);
        cohort(miyagi, "Run 2", "2026-10-01", "2027-02-26", 20, 0, null);
        Programme fukuoka = programmes.create(new Programme("fukuoka-career-2026", "Fukuoka career support 2026",
                null, OrganisationCap.none(), 6), ACTOR);
        form(fukuoka, SelectionMode.FIRST_COME, null, null, Map.of(Question.EMPLOYMENT_STATUS, Requirement.REQUIRED,
                Question.PHONE, Requirement.OPTIONAL));
        cohort(fukuoka, "FY2026", "2026-04-01", "2027-03-31", null, 0, null);
        Programme miyazaki = programmes.create(new Programme("miyazaki-dx-2026", "Miyazaki DX training 2026", null,
                OrganisationCap.none(), null), ACTOR);
        form(miyazaki, SelectionMode.FIRST_COME, null, null, Map.of(Question.COMPANY_NAME, Requirement.REQUIRED,
                Question.COMPANY_SIZE, Requirement.REQUIRED));
        cohort(miyazaki, "Hands-on sessions", "2026-07-01", "2027-02-28", 140, 0, null);
    }

    private void form(Programme programme, SelectionMode mode, Integer minimumApplicants, String criteria,
                      Map<Question, Requirement> questions) {
        forms.configure(programme.id(), new ApplicationForm.Settings(true, mode, minimumApplicants, criteria,
                questions), ACTOR);
    }

    private void cohort(Programme programme, String name, String startsOn, String endsOn, Integer seats, int reserve,
                        String reserveReleasedOn) {
        programmes.addCohort(new Cohort(programme.id(), name, LocalDate.parse(startsOn), LocalDate.parse(endsOn),
                seats, reserve, reserveReleasedOn == null ? null : LocalDate.parse(reserveReleasedOn)), ACTOR);
    }

    private void refuseUsableDemoAccounts() {
        for (Demo demo : ACCOUNTS) {
            if (administration.acceptsPassword(demo.loginId(), PASSWORD)) {
                throw new IllegalStateException("Refusing to start in production mode: the demo account "
                        + demo.loginId() + " still has the published demo password; change or delete it first");
            }
        }
    }
}
