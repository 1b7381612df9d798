package org.manabi.core.organisation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** A company whose employees learn in Manabi, with the size its seat cap depends on. */
@Entity
@Table(name = "organisation")
public class Organisation {

    @Id
    @SequenceGenerator(name = "organisation_seq", sequenceName = "organisation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organisation_seq")
    private Long id;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "employee_count", nullable = false)
    private int employeeCount;

    @Column(name = "address", length = 400)
    private String address;

    @Column(name = "contact_name", length = 200)
    private String contactName;

    @Column(name = "contact_email", length = 254)
    private String contactEmail;

    @Column(name = "contact_phone", length = 40)
    private String contactPhone;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "organisation_department", joinColumns = @JoinColumn(name = "organisation_id"))
    @Column(name = "name", nullable = false, length = 200)
    private Set<String> departments = new TreeSet<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Organisation() {
    }

    public Organisation(OrganisationDetails details, Instant now) {
        update(details);
        this.createdAt = now;
    }

    final void update(OrganisationDetails details) {
        this.name = Objects.requireNonNull(details.name());
        if (details.employeeCount() < 0) {
            throw new IllegalArgumentException("employee count cannot be negative");
        }
        this.employeeCount = details.employeeCount();
        this.address = details.address();
        this.contactName = details.contactName();
        this.contactEmail = details.contactEmail();
        this.contactPhone = details.contactPhone();
        this.departments = new TreeSet<>(details.departments());
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public int employeeCount() {
        return employeeCount;
    }

    public OrganisationDetails details() {
        return new OrganisationDetails(name, employeeCount, address, contactName, contactEmail, contactPhone,
                departments.stream().sorted().toList());
    }
}
