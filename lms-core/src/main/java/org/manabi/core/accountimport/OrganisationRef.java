package org.manabi.core.accountimport;

/** An organisation as the import needs it: to assign people to it and to apply its seat cap. */
public record OrganisationRef(long id, String name, int employeeCount) {
}
