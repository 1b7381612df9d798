package org.manabi.web.organisation;

import java.util.List;
import org.manabi.core.identity.Role;
import org.manabi.core.organisation.OrganisationMember;

/** A person of an organisation as the API shows them. */
public record MemberView(long accountId, String loginId, String displayName, String department, List<String> roles,
                         boolean active, boolean awaitingFirstSignIn) {

    static MemberView of(OrganisationMember member) {
        return new MemberView(member.accountId(), member.loginId(), member.displayName(), member.department(),
                member.roles().stream().map(Role::name).sorted().toList(), member.active(),
                member.awaitingFirstSignIn());
    }
}
