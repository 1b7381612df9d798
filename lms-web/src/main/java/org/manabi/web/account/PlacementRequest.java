package org.manabi.web.account;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Where a person moves to: an organisation (or none, with {@code null}) and one of its departments
 * (or none). The constructor is written out for Payara's OpenAPI generator.
 */
public record PlacementRequest(
        Long organisationId,
        @Size(max = 200, message = "at most 200 characters")
        @Pattern(regexp = "[^<>\\p{Cntrl}]*", message = "must not contain '<', '>' or control characters")
        String department) {

    public PlacementRequest(Long organisationId, String department) {
        this.organisationId = organisationId;
        this.department = department;
    }
}
