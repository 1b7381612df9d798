package org.manabi.web.organisation;

import java.util.List;
import org.manabi.core.organisation.Organisation;
import org.manabi.core.organisation.OrganisationDetails;

/** An organisation as the API shows it, with the seats its people hold. */
public record OrganisationView(long id, String name, int employeeCount, String address, String contactName,
                               String contactEmail, String contactPhone, List<String> departments, long seatsHeld) {

    static OrganisationView of(Organisation organisation, long seatsHeld) {
        OrganisationDetails d = organisation.details();
        return new OrganisationView(organisation.id(), d.name(), d.employeeCount(), d.address(), d.contactName(),
                d.contactEmail(), d.contactPhone(), d.departments(), seatsHeld);
    }
}
