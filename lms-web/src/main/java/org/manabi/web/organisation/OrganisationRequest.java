package org.manabi.web.organisation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.manabi.core.organisation.OrganisationDetails;

/** An organisation as an administrator enters it. The constructor is written out for Payara's OpenAPI generator. */
public record OrganisationRequest(
        @NotBlank(message = "enter the organisation's name") @Size(max = 200, message = "at most 200 characters")
        @Pattern(regexp = "[^<>\\p{Cntrl}]*", message = "must not contain '<', '>' or control characters")
        String name,
        @NotNull(message = "enter the number of employees") @Min(value = 0, message = "cannot be negative")
        @Max(value = 1_000_000, message = "at most 1,000,000")
        Integer employeeCount,
        @Size(max = 400, message = "at most 400 characters") String address,
        @Size(max = 200, message = "at most 200 characters") String contactName,
        @Email(message = "enter a valid e-mail address") @Size(max = 254, message = "at most 254 characters")
        String contactEmail,
        @Pattern(regexp = "[0-9+() -]{0,40}", message = "digits, spaces, '+', '-' and brackets only")
        String contactPhone,
        @Size(max = 50, message = "at most 50 departments")
        List<@NotBlank(message = "a department needs a name") @Size(max = 200, message = "at most 200 characters")
                String> departments) {

    public OrganisationRequest(String name, Integer employeeCount, String address, String contactName,
                               String contactEmail, String contactPhone, List<String> departments) {
        this.name = name;
        this.employeeCount = employeeCount;
        this.address = address;
        this.contactName = contactName;
        this.contactEmail = contactEmail;
        this.contactPhone = contactPhone;
        this.departments = departments;
    }

    OrganisationDetails toDetails() {
        return new OrganisationDetails(name.strip(), employeeCount, address, contactName, contactEmail, contactPhone,
                departments);
    }
}
