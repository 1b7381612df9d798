package org.manabi.web.account;

/** A new one-time password, shown once to the administrator who issued it and stored nowhere. */
public record OneTimePasswordView(long id, String loginId, String oneTimePassword) {

    @Override
    public String toString() {
        return "OneTimePasswordView[" + loginId + "]";
    }
}
