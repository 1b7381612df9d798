package org.manabi.core.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;

/**
 * The throttles every password check shares, so guesses through any door (signing in, changing a
 * password) count against the same account and address.
 */
@ApplicationScoped
public class SignInThrottles {

    private LoginThrottle accounts;
    private LoginThrottle addresses;

    protected SignInThrottles() {
    }

    @Inject
    public SignInThrottles(Clock clock) {
        this(new LoginThrottle(LoginThrottle.Policy.ACCOUNT, clock), new LoginThrottle(LoginThrottle.Policy.ADDRESS,
                clock));
    }

    SignInThrottles(LoginThrottle accounts, LoginThrottle addresses) {
        this.accounts = accounts;
        this.addresses = addresses;
    }

    static String accountKey(String loginId) {
        return "account:" + LoginIds.key(loginId);
    }

    /**
     * IPv4 addresses count one by one. An IPv6 client usually holds a whole /64 and can change
     * address within it at will, so IPv6 addresses count by their /64 network.
     */
    static String addressKey(String sourceAddress) {
        return "address:" + network(sourceAddress);
    }

    /** The address as throttles count it: itself for IPv4, its /64 network for IPv6. */
    public static String network(String address) {
        if (address == null || address.indexOf(':') < 0) {
            return address;
        }
        String literal = address.startsWith("[") && address.endsWith("]")
                ? address.substring(1, address.length() - 1) : address;
        int zone = literal.indexOf('%');
        if (zone >= 0) {
            literal = literal.substring(0, zone);
        }
        if (!literal.matches("[0-9A-Fa-f:.]+")) {
            return address;
        }
        try {
            byte[] bytes = InetAddress.getByName(literal).getAddress();
            if (bytes.length == 4) {
                return InetAddress.getByAddress(bytes).getHostAddress();
            }
            StringBuilder prefix = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                prefix.append(String.format("%02x%02x:", bytes[i], bytes[i + 1]));
            }
            return prefix.append(":/64").toString();
        } catch (UnknownHostException e) {
            return address;
        }
    }

    LoginThrottle accounts() {
        return accounts;
    }

    LoginThrottle addresses() {
        return addresses;
    }
}
