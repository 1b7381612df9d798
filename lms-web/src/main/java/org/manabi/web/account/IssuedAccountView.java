package org.manabi.web.account;

import java.util.List;

/**
 * A newly issued account. The one-time password is shown this once and stored nowhere; the
 * holder must replace it at first sign-in.
 */
public record IssuedAccountView(long id, String loginId, String displayName, List<String> roles,
                                String oneTimePassword) {
}
