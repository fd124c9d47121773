import Foundation

/// Checks an address before it is fetched: `http` or `https` only, and — for addresses that
/// came from feeds — no private, loopback, link-local, multicast or reserved network, whether
/// written as an IP or reached through a host name (every address the name resolves to is
/// checked).
///
/// The check resolves the name itself, so a name that changes its answer between the check
/// and the connection (DNS rebinding) is not caught; see ``FetchPolicy/allowPrivateAddresses``.
public enum AddressPolicy {
    /// The URL's scheme, host and port, or an error naming what is wrong.
    public static func parse(_ url: String) throws(FetchError) -> (scheme: String, host: String, port: Int) {
        guard let components = URLComponents(string: url), let scheme = components.scheme?.lowercased() else {
            throw FetchError(.invalidURL, url: url, "not an absolute URL")
        }
        guard scheme == "http" || scheme == "https" else {
            throw FetchError(.schemeRefused, url: url, "only http and https addresses are fetched, not \(scheme):")
        }
        guard var host = components.host?.lowercased(), !host.isEmpty else {
            throw FetchError(.invalidURL, url: url, "no host in the address")
        }
        if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        return (scheme, host, components.port ?? (scheme == "https" ? 443 : 80))
    }

    /// Throws when the address may not be fetched from this origin.
    public static func check(_ url: String, origin: URLOrigin, policy: FetchPolicy) throws(FetchError) {
        let (_, host, _) = try parse(url)
        guard origin == .feed, !policy.allowPrivateAddresses else { return }
        if host == "localhost" || host.hasSuffix(".localhost") || host.hasSuffix(".local") || host.hasSuffix(".internal") {
            throw FetchError(.addressRefused, url: url, "\(host) is a local name; addresses from feeds may not point at local networks")
        }
        let addresses = isIPLiteral(host) ? [host] : resolve(host)
        guard !addresses.isEmpty else { throw FetchError(.unresolvable, url: url, "\(host) does not resolve") }
        if let bad = addresses.first(where: isPrivate) {
            throw FetchError(
                .addressRefused, url: url,
                "\(host) is a private or local address (\(bad)); addresses from feeds may not point at local networks (see --allow-private)")
        }
    }

    static func isIPLiteral(_ host: String) -> Bool {
        var v4 = in_addr()
        var v6 = in6_addr()
        return inet_pton(AF_INET, host, &v4) == 1 || inet_pton(AF_INET6, host, &v6) == 1
    }

    /// The numeric addresses a host name resolves to.
    static func resolve(_ host: String) -> [String] {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var result: UnsafeMutablePointer<addrinfo>? = nil
        guard getaddrinfo(host, nil, &hints, &result) == 0, let first = result else { return [] }
        defer { freeaddrinfo(first) }
        var addresses: [String] = []
        var cursor: UnsafeMutablePointer<addrinfo>? = first
        while let info = cursor {
            var buffer = [CChar](repeating: 0, count: Int(NI_MAXHOST))
            if getnameinfo(info.pointee.ai_addr, info.pointee.ai_addrlen, &buffer, socklen_t(buffer.count), nil, 0, NI_NUMERICHOST) == 0 {
                addresses.append(String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
            }
            cursor = info.pointee.ai_next
        }
        return addresses
    }

    /// Private, loopback, link-local, shared, multicast, reserved and unspecified addresses.
    public static func isPrivate(_ address: String) -> Bool {
        var v4 = in_addr()
        if inet_pton(AF_INET, address, &v4) == 1 {
            let a = UInt32(bigEndian: v4.s_addr)
            return isPrivateV4(a)
        }
        var v6 = in6_addr()
        guard inet_pton(AF_INET6, address.split(separator: "%").first.map(String.init) ?? address, &v6) == 1 else { return true }
        let b = withUnsafeBytes(of: v6) { Array($0) }
        if b.allSatisfy({ $0 == 0 }) { return true }  // ::
        if b.prefix(15).allSatisfy({ $0 == 0 }), b[15] == 1 { return true }  // ::1
        if b[0] & 0xFE == 0xFC { return true }  // fc00::/7 unique local
        if b[0] == 0xFE, b[1] & 0xC0 == 0x80 { return true }  // fe80::/10 link-local
        if b[0] == 0xFF { return true }  // multicast
        if b.prefix(10).allSatisfy({ $0 == 0 }), b[10] == 0xFF, b[11] == 0xFF {  // ::ffff:a.b.c.d
            return isPrivateV4(UInt32(b[12]) << 24 | UInt32(b[13]) << 16 | UInt32(b[14]) << 8 | UInt32(b[15]))
        }
        if b[0] == 0x20, b[1] == 0x01, b[2] == 0x0D, b[3] == 0xB8 { return true }  // documentation
        return false
    }

    private static func isPrivateV4(_ a: UInt32) -> Bool {
        func within(_ base: UInt32, _ bits: UInt32) -> Bool { a >> (32 - bits) == base >> (32 - bits) }
        return within(0x0000_0000, 8) || within(0x0A00_0000, 8) || within(0x6440_0000, 10) || within(0x7F00_0000, 8)
            || within(0xA9FE_0000, 16) || within(0xAC10_0000, 12) || within(0xC000_0000, 24) || within(0xC000_0200, 24)
            || within(0xC0A8_0000, 16) || within(0xC612_0000, 15) || within(0xC633_6400, 24) || within(0xCB00_7100, 24)
            || within(0xE000_0000, 4) || within(0xF000_0000, 4)
    }
}
