package org.manabi.web.programme;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The organisations a programme invites (all of them: the list replaces the previous one). */
public record InvitationRequest(
        @NotNull(message = "give the list, empty for none") @Size(max = 1000, message = "at most 1000")
        List<Long> organisationIds) {

    public InvitationRequest(List<Long> organisationIds) {
        this.organisationIds = organisationIds;
    }
}
