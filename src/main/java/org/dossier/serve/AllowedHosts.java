package org.dossier.serve;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The hosts a request may name (in its Host header, or the authority of an absolute URI): the
 * address the server listens on, or any address of this machine when that is a wildcard
 * (0.0.0.0, ::), {@code localhost}, the loopback addresses, and the names allowed on top. A page
 * of another site whose name was rebound to this machine's address (DNS rebinding) names its own
 * host, so it cannot read the corpus.
 */
final class AllowedHosts {
    private final Set<String> names = new HashSet<>();

    /**
     * @param bound  the address listened on, as given to {@link DossierServer#start}
     * @param others further names, as a browser's address bar has them
     */
    AllowedHosts(String bound, Collection<String> others) throws UnknownHostException, SocketException {
        for (String name : new String[] {"localhost", "127.0.0.1", "::1", bound}) names.add(normal(name));
        for (String name : others) names.add(normal(name));
        if (InetAddress.getByName(normal(bound)).isAnyLocalAddress()) {
            for (NetworkInterface i : NetworkInterface.networkInterfaces().toList()) {
                // Rebuilt from the bytes, so that a link-local address loses its scope (%eth0), as a Host header has none.
                i.inetAddresses().forEach(a -> names.add(normal(address(a.getAddress()))));
            }
        }
    }

    /** Whether host (a name or an address, an IPv6 one with or without brackets, no port) is allowed. */
    boolean allows(String host) {
        return names.contains(normal(host));
    }

    /**
     * Lower case; an IPv6 address without brackets and in Java's full form, so that [::1] and
     * 0:0:0:0:0:0:0:1 are one.
     */
    private static String normal(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) h = h.substring(1, h.length() - 1);
        if (!h.contains(":")) return h;  // a name or an IPv4 address: browsers send both as written here
        try {
            // In brackets, Java parses it as an IPv6 literal and never asks DNS, even when it is no address.
            return InetAddress.getByName("[" + h + "]").getHostAddress();
        } catch (UnknownHostException e) {
            return h;
        }
    }

    private static String address(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes).getHostAddress();
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);  // only for a length other than 4 or 16 bytes
        }
    }
}
