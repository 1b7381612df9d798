package org.manabi.core.organisation;

import java.util.List;

/** What an organisation is: its name, size, address, contact person and departments. */
public record OrganisationDetails(String name, int employeeCount, String address, String contactName,
                                  String contactEmail, String contactPhone, List<String> departments) {

    public OrganisationDetails {
        departments = departments == null ? List.of() : List.copyOf(departments);
    }
}
