package org.manabi.core.programme;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.FetchType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** A scheme that issues seats to learners, in cohorts, under its seat rules. */
@Entity
@Table(name = "programme")
public class Programme {

    @Id
    @SequenceGenerator(name = "programme_seq", sequenceName = "programme_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "programme_seq")
    private Long id;

    @Column(name = "code", nullable = false, length = 64, unique = true)
    private String code;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    /** Seats over the whole programme, or null for no programme-wide cap (e.g. Kagoshima's 300). */
    @Column(name = "seat_limit")
    private Integer seatLimit;

    @Embedded
    private OrganisationCap organisationCap;

    /** When set, a learner may study for this many months from their seat's issue; else for their cohort's dates. */
    @Column(name = "access_months")
    private Integer accessMonths;

    /** Organisations invited to the programme (Kumamoto's workshop companies): their members may use reserved seats. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "programme_invitation", joinColumns = @JoinColumn(name = "programme_id"))
    @Column(name = "organisation_id", nullable = false)
    private Set<Long> invitedOrganisationIds = new TreeSet<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Programme() {
    }

    public Programme(String code, String name, Integer seatLimit, OrganisationCap organisationCap,
                     Integer accessMonths) {
        this.code = Objects.requireNonNull(code);
        this.name = Objects.requireNonNull(name);
        if (seatLimit != null && seatLimit < 1 || accessMonths != null && accessMonths < 1) {
            throw new IllegalArgumentException("limits must be at least 1");
        }
        this.seatLimit = seatLimit;
        this.organisationCap = Objects.requireNonNull(organisationCap);
        this.accessMonths = accessMonths;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public Integer seatLimit() {
        return seatLimit;
    }

    public OrganisationCap organisationCap() {
        return organisationCap == null ? OrganisationCap.none() : organisationCap;
    }

    public Integer accessMonths() {
        return accessMonths;
    }

    public boolean invites(Long organisationId) {
        return organisationId != null && invitedOrganisationIds.contains(organisationId);
    }

    public Set<Long> invitedOrganisationIds() {
        return Set.copyOf(invitedOrganisationIds);
    }

    void inviteOnly(Collection<Long> organisationIds) {
        invitedOrganisationIds.clear();
        invitedOrganisationIds.addAll(organisationIds);
    }
}
