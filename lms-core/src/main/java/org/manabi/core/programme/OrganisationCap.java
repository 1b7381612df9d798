package org.manabi.core.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.OptionalInt;

/**
 * How many seats one organisation may hold in a programme: no limit, a fixed number (Kumamoto: 5
 * per workshop company), or a number by company size (Kagoshima: 3 under 30 employees, else 5).
 */
@Embeddable
public class OrganisationCap {

    @Column(name = "org_cap_fixed")
    private Integer fixed;

    @Column(name = "org_cap_small")
    private Integer small;

    @Column(name = "org_cap_large")
    private Integer large;

    @Column(name = "org_cap_employee_threshold")
    private Integer employeeThreshold;

    protected OrganisationCap() {
    }

    private OrganisationCap(Integer fixed, Integer small, Integer large, Integer employeeThreshold) {
        this.fixed = fixed;
        this.small = small;
        this.large = large;
        this.employeeThreshold = employeeThreshold;
    }

    public static OrganisationCap none() {
        return new OrganisationCap(null, null, null, null);
    }

    public static OrganisationCap fixed(int seats) {
        requirePositive(seats);
        return new OrganisationCap(seats, null, null, null);
    }

    /** {@code smallSeats} for organisations with fewer than {@code threshold} employees, else {@code largeSeats}. */
    public static OrganisationCap byEmployeeCount(int threshold, int smallSeats, int largeSeats) {
        requirePositive(threshold);
        requirePositive(smallSeats);
        requirePositive(largeSeats);
        return new OrganisationCap(null, smallSeats, largeSeats, threshold);
    }

    /** The cap for an organisation of this size, if there is one. An unknown size gets the smaller cap. */
    public OptionalInt capFor(Integer employeeCount) {
        if (fixed != null) {
            return OptionalInt.of(fixed);
        }
        if (employeeThreshold != null) {
            boolean large = employeeCount != null && employeeCount >= employeeThreshold;
            return OptionalInt.of(large ? this.large : small);
        }
        return OptionalInt.empty();
    }

    public Integer fixedSeats() {
        return fixed;
    }

    public Integer smallSeats() {
        return small;
    }

    public Integer largeSeats() {
        return large;
    }

    public Integer employeeThreshold() {
        return employeeThreshold;
    }

    /** For people: {@code none}, {@code 5 per organisation}, {@code 3 below 30 employees, else 5}. */
    public String describe() {
        if (fixed != null) {
            return fixed + " per organisation";
        }
        if (employeeThreshold != null) {
            return small + " below " + employeeThreshold + " employees, else " + large;
        }
        return "none";
    }

    private static void requirePositive(int value) {
        if (value < 1) {
            throw new IllegalArgumentException("must be at least 1");
        }
    }
}
