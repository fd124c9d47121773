/// How politely and how far the fetcher goes: limits, timeouts and whom it may ask.
///
/// ```swift
/// var policy = FetchPolicy()
/// policy.maxBytes = 4 << 20
/// policy.allowPrivateAddresses = true   // a test server on loopback
/// ```
public struct FetchPolicy: Sendable {
    /// The `User-Agent` sent with every request.
    public var userAgent = "Corroborate/0.1 (news corroboration; +https://github.com/corroborate/corroborate)"
    /// Seconds allowed to connect, and for the whole response.
    public var connectTimeout: Double = 10
    public var totalTimeout: Double = 30
    /// The largest body accepted (after decompression), in bytes.
    public var maxBytes = 16 << 20
    /// Redirects followed for one request; each hop is checked like the first address.
    public var maxRedirects = 5
    /// Seconds between two requests to the same host.
    public var perHostInterval: Double = 1
    /// Requests in flight at once (to different hosts).
    public var concurrency = 4
    /// Ask for compressed bodies and inflate them (gzip, deflate), up to `maxBytes`.
    public var decompress = true
    /// Whether addresses that came from feeds or OPML may point at private, loopback or
    /// link-local networks. Off by default: a feed must not make the fetcher probe the
    /// machine's own network (server-side request forgery). Addresses given by the user
    /// are theirs to choose.
    public var allowPrivateAddresses = false

    public init() {}
}

/// Where an address came from, which decides how far it is trusted.
public enum URLOrigin: Sendable {
    /// Typed or passed by the user.
    case user
    /// Read from a feed, an OPML list or a redirect of such an address.
    case feed
}
