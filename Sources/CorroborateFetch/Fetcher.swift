public import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import NIOHTTPCompression

/// A fetched response body and what the server said about it.
public struct FetchedPage: Sendable {
    /// The address asked for, and the one that answered after redirects.
    public var requestedURL: String
    public var url: String
    public var status: Int
    public var contentType: String?
    public var bytes: [UInt8]
    /// Where the store keeps the bytes, when there is a store.
    public var storedPath: String?
    /// The server answered 304 and the stored copy was used.
    public var notModified: Bool
}

/// Fetches pages and feeds over HTTP(S) with AsyncHTTPClient, politely and within limits:
/// a clear User-Agent, timeouts, a body size cap (also on decompressed gzip), redirects
/// followed by hand so that every hop is checked (bounded, and private addresses refused for
/// feed-derived addresses), conditional GET from the ``PageStore``'s validators, and a pause
/// between requests to the same host.
///
/// ```swift
/// let fetcher = Fetcher(policy: FetchPolicy(), store: PageStore(directory: ".corroborate/pages"))
/// let page = try await fetcher.fetch("https://news.example/story", origin: .user)
/// try await fetcher.shutdown()
/// ```
public final class Fetcher: Sendable {
    public let policy: FetchPolicy
    public let store: PageStore?
    private let client: HTTPClient
    private let limiter: HostRateLimiter

    public init(policy: FetchPolicy = FetchPolicy(), store: PageStore? = nil) {
        self.policy = policy
        self.store = store
        var configuration = HTTPClient.Configuration(
            redirectConfiguration: .disallow,
            timeout: .init(connect: .milliseconds(Int64(policy.connectTimeout * 1000)), read: .milliseconds(Int64(policy.totalTimeout * 1000))),
            decompression: policy.decompress ? .enabled(limit: .size(policy.maxBytes)) : .disabled)
        configuration.httpVersion = .automatic
        client = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
        limiter = HostRateLimiter(seconds: policy.perHostInterval)
    }

    /// Closes the client's connections; call once when done.
    public func shutdown() async throws {
        try await client.shutdown()
        await store?.flush()
    }

    /// Fetches one address.
    ///
    /// - Parameters:
    ///   - url: An `http` or `https` address.
    ///   - origin: Where the address came from; feed-derived addresses may not reach private networks.
    /// - Throws: ``FetchError``.
    public func fetch(_ url: String, origin: URLOrigin) async throws(FetchError) -> FetchedPage {
        var current = url
        let (_, firstHost, _) = try AddressPolicy.parse(url)
        // Redirects are the server's choice: trusted only as far as a user's own local address.
        let hopOrigin: URLOrigin =
            origin == .user && (AddressPolicy.isIPLiteral(firstHost) ? AddressPolicy.isPrivate(firstHost) : firstHost == "localhost")
            ? .user : .feed
        var hops = 0
        while true {
            try AddressPolicy.check(current, origin: hops == 0 ? origin : hopOrigin, policy: policy)
            let (_, host, port) = try AddressPolicy.parse(current)
            await limiter.wait(for: "\(host):\(port)")
            var request = HTTPClientRequest(url: current)
            request.headers.add(name: "User-Agent", value: policy.userAgent)
            request.headers.add(name: "Accept", value: "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,*/*;q=0.5")
            if policy.decompress { request.headers.add(name: "Accept-Encoding", value: "gzip, deflate") }
            let stored = hops == 0 ? await store?.entry(for: url) : nil
            if let stored {
                if let etag = stored.etag { request.headers.add(name: "If-None-Match", value: etag) }
                if let modified = stored.lastModified { request.headers.add(name: "If-Modified-Since", value: modified) }
            }
            let response: HTTPClientResponse
            do {
                response = try await client.execute(request, timeout: .milliseconds(Int64(policy.totalTimeout * 1000)))
            } catch {
                throw Fetcher.describe(error, url: current)
            }
            let status = Int(response.status.code)
            if [301, 302, 303, 307, 308].contains(status), let location = response.headers.first(name: "Location") {
                hops += 1
                guard hops <= policy.maxRedirects else {
                    throw FetchError(.tooManyRedirects, url: url, "more than \(policy.maxRedirects) redirects")
                }
                guard let next = URL(string: location, relativeTo: URL(string: current))?.absoluteString else {
                    throw FetchError(.invalidURL, url: url, "redirected to an invalid address: \(location)")
                }
                current = next
                continue
            }
            if status == 304, let stored, let bytes = await store?.bytes(of: stored) {
                return FetchedPage(
                    requestedURL: url, url: stored.finalURL, status: 304, contentType: stored.contentType, bytes: bytes,
                    storedPath: stored.path, notModified: true)
            }
            guard (200..<300).contains(status) else {
                throw FetchError(.httpStatus, url: current, "HTTP \(status) \(response.status.reasonPhrase)")
            }
            if let length = response.headers.first(name: "Content-Length").flatMap(Int.init), length > policy.maxBytes {
                throw FetchError(.tooLarge, url: current, "\(length) bytes; the limit is \(policy.maxBytes)")
            }
            let body: ByteBuffer
            do {
                body = try await response.body.collect(upTo: policy.maxBytes)
            } catch is NIOTooManyBytesError {
                throw FetchError(.tooLarge, url: current, "more than \(policy.maxBytes) bytes")
            } catch {
                throw Fetcher.describe(error, url: current)
            }
            let bytes = Array(body.readableBytesView)
            let contentType = response.headers.first(name: "Content-Type")
            let entry = await store?.save(
                bytes, url: url, finalURL: current, contentType: contentType, etag: response.headers.first(name: "ETag"),
                lastModified: response.headers.first(name: "Last-Modified"))
            return FetchedPage(
                requestedURL: url, url: current, status: status, contentType: contentType, bytes: bytes,
                storedPath: entry?.path, notModified: false)
        }
    }

    private static func describe(_ error: any Error, url: String) -> FetchError {
        if let e = error as? HTTPClientError {
            switch e {
            case .connectTimeout, .readTimeout, .deadlineExceeded, .writeTimeout:
                return FetchError(.timeout, url: url, "timed out (\(e))")
            default:
                return FetchError(.network, url: url, "\(e)")
            }
        }
        if error is NIOTooManyBytesError { return FetchError(.tooLarge, url: url, "the body is too large") }
        if let e = error as? NIOHTTPDecompression.DecompressionError, e == .limit {
            return FetchError(.tooLarge, url: url, "the body inflates past the size limit")
        }
        return FetchError(.network, url: url, "\(error)")
    }
}
