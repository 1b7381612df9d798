package org.manabi.web.account;

import java.time.Instant;
import java.util.List;
import org.manabi.core.person.PersonFile;
import org.manabi.core.person.PersonalData;
import org.manabi.web.application.ApplicationView;
import org.manabi.web.audit.AuditEventView;

/**
 * Everything Manabi holds about one person, as the downloaded JSON file: the account, its
 * organisation and seats, its lifecycle history, the application forms that led to the account,
 * and the audit entries where the person acted or was acted upon.
 *
 * @param trailComplete false when the trail was longer than an export carries
 */
public record PersonalDataExport(String format, Instant exportedAt, AccountDetailView account,
                                 List<ApplicationView> applications, List<AuditEventView> auditTrail,
                                 boolean trailComplete) {

    static final String FORMAT = "manabi-personal-data/1";

    static PersonalDataExport of(PersonFile file, List<ApplicationView> applications, Instant now) {
        return new PersonalDataExport(FORMAT, now, AccountDetailView.of(file), applications,
                file.trail().stream().map(AuditEventView::of).toList(), file.trail().size() < PersonalData.MAX_TRAIL);
    }
}
