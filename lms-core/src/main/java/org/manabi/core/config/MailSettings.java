package org.manabi.core.config;

/**
 * How to reach the outgoing mail server. The password is never logged: {@link #toString()} hides it.
 */
public record MailSettings(String host, int port, String user, String password, String from, boolean startTls) {

    @Override
    public String toString() {
        return "MailSettings[host=" + host + ", port=" + port + ", user=" + user + ", password="
                + (password == null ? "none" : "***") + ", from=" + from + ", startTls=" + startTls + "]";
    }
}
