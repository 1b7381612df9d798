package org.manabi.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class SignInThrottlesTest {

    @Test
    void ipv4AddressesCountOneByOne() {
        assertEquals("address:203.0.113.9", SignInThrottles.addressKey("203.0.113.9"));
        assertNotEquals(SignInThrottles.addressKey("203.0.113.9"), SignInThrottles.addressKey("203.0.113.10"));
    }

    @Test
    void ipv6AddressesCountByTheirSlash64() {
        assertEquals(SignInThrottles.addressKey("2001:db8:1:2::1"),
                SignInThrottles.addressKey("2001:db8:1:2:ffff:ffff:ffff:ffff"));
        assertEquals(SignInThrottles.addressKey("2001:db8:1:2::1"),
                SignInThrottles.addressKey("[2001:0db8:0001:0002:0:0:0:7]"), "however it is written");
        assertNotEquals(SignInThrottles.addressKey("2001:db8:1:2::1"), SignInThrottles.addressKey("2001:db8:1:3::1"));
        assertEquals("address:2001:0db8:0001:0002::/64", SignInThrottles.addressKey("2001:db8:1:2::1%eth0"));
    }

    @Test
    void anIpv4MappedAddressIsItsIpv4Address() {
        assertEquals("address:192.0.2.1", SignInThrottles.addressKey("::ffff:192.0.2.1"));
    }

    @Test
    void somethingThatIsNoAddressIsKeptAsItIsAndNeverLookedUp() {
        assertEquals("address:example.com:80", SignInThrottles.addressKey("example.com:80"));
    }
}
