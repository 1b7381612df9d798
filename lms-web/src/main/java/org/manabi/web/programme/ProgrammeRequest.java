package org.manabi.web.programme;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.manabi.core.programme.OrganisationCap;
import org.manabi.core.programme.Programme;

/**
 * A programme as an administrator sets it up. The organisation cap is {@code NONE}, {@code FIXED}
 * ({@code capFixed} seats) or {@code BY_EMPLOYEE_COUNT} ({@code capSmall} seats below
 * {@code employeeThreshold} employees, else {@code capLarge}).
 */
public record ProgrammeRequest(
        @NotBlank(message = "enter a code") @Pattern(regexp = "[a-z0-9-]{3,64}",
                message = "use 3 to 64 lower-case letters, digits or '-'") String code,
        @NotBlank(message = "enter a name") @Size(max = 200, message = "at most 200 characters")
        @Pattern(regexp = "[^<>\\p{Cntrl}]*", message = "must not contain '<', '>' or control characters")
        String name,
        @Min(value = 1, message = "at least 1") @Max(value = 1_000_000, message = "at most 1,000,000") Integer seatLimit,
        @NotNull(message = "choose how organisations are capped")
        @Pattern(regexp = "NONE|FIXED|BY_EMPLOYEE_COUNT", message = "NONE, FIXED or BY_EMPLOYEE_COUNT")
        String organisationCap,
        @Min(value = 1, message = "at least 1") @Max(value = 10_000, message = "at most 10,000") Integer capFixed,
        @Min(value = 1, message = "at least 1") @Max(value = 10_000, message = "at most 10,000") Integer capSmall,
        @Min(value = 1, message = "at least 1") @Max(value = 10_000, message = "at most 10,000") Integer capLarge,
        @Min(value = 1, message = "at least 1") @Max(value = 1_000_000, message = "at most 1,000,000")
        Integer employeeThreshold,
        @Min(value = 1, message = "at least 1") @Max(value = 60, message = "at most 60") Integer accessMonths) {

    public ProgrammeRequest(String code, String name, Integer seatLimit, String organisationCap, Integer capFixed,
                            Integer capSmall, Integer capLarge, Integer employeeThreshold, Integer accessMonths) {
        this.code = code;
        this.name = name;
        this.seatLimit = seatLimit;
        this.organisationCap = organisationCap;
        this.capFixed = capFixed;
        this.capSmall = capSmall;
        this.capLarge = capLarge;
        this.employeeThreshold = employeeThreshold;
        this.accessMonths = accessMonths;
    }

    /** The field that a chosen cap kind needs and lacks, or {@code null}. */
    String missingCapField() {
        if ("FIXED".equals(organisationCap) && capFixed == null) {
            return "capFixed";
        }
        if ("BY_EMPLOYEE_COUNT".equals(organisationCap)) {
            if (employeeThreshold == null) {
                return "employeeThreshold";
            }
            if (capSmall == null) {
                return "capSmall";
            }
            if (capLarge == null) {
                return "capLarge";
            }
        }
        return null;
    }

    Programme toProgramme() {
        OrganisationCap cap = switch (organisationCap) {
            case "FIXED" -> OrganisationCap.fixed(capFixed);
            case "BY_EMPLOYEE_COUNT" -> OrganisationCap.byEmployeeCount(employeeThreshold, capSmall, capLarge);
            default -> OrganisationCap.none();
        };
        return new Programme(code, name.strip(), seatLimit, cap, accessMonths);
    }
}
