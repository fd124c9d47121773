import Foundation
import NIOCore
import NIOHTTP1
import NIOHTTPCompression
import NIOPosix

/// A small HTTP server on loopback, started by the tests themselves, with the routes the
/// fetcher must cope with. Never the internet.
final class LocalServer: @unchecked Sendable {
    private let channel: any Channel
    let port: Int
    private let lock = NSLock()
    private var counts: [String: Int] = [:]
    private var headers: [String: HTTPHeaders] = [:]
    private var times: [String: [Date]] = [:]

    var base: String { "http://127.0.0.1:\(port)" }

    static func start() async throws -> LocalServer {
        let box = Box()
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline()
                    try channel.pipeline.syncOperations.addHandler(HTTPResponseCompressor())
                    try channel.pipeline.syncOperations.addHandler(Handler(box: box))
                }
            }
            .bind(host: "127.0.0.1", port: 0).get()
        let server = LocalServer(channel: channel, port: channel.localAddress?.port ?? 0)
        box.server = server
        return server
    }

    private init(channel: any Channel, port: Int) {
        self.channel = channel
        self.port = port
    }

    func stop() async { try? await channel.close() }

    func count(_ path: String) -> Int { lock.withLock { counts[path] ?? 0 } }
    func lastHeaders(_ path: String) -> HTTPHeaders? { lock.withLock { headers[path] } }
    func requestTimes(_ path: String) -> [Date] { lock.withLock { times[path] ?? [] } }

    fileprivate func record(_ head: HTTPRequestHead) {
        lock.withLock {
            counts[head.uri, default: 0] += 1
            headers[head.uri] = head.headers
            times[head.uri, default: []].append(Date())
        }
    }

    static let article = """
        <html lang="en"><head><title>Ferry timetable changes | Local Wire</title>
        <meta property="article:published_time" content="2026-06-01T08:00:00Z"></head>
        <body><nav><a href="/">Home</a></nav><article><h1>Ferry timetable changes</h1>
        <p>The ferry company will run its first crossing an hour later from Monday, the operator said in a statement.</p>
        <p>Commuters said the change would make it harder to reach the mainland before the working day begins.</p>
        </article></body></html>
        """

    fileprivate func respond(_ head: HTTPRequestHead) -> (HTTPResponseStatus, HTTPHeaders, [UInt8])? {
        record(head)
        let path = head.uri
        var h = HTTPHeaders()
        switch path {
        case "/page":
            if head.headers.first(name: "If-None-Match") == "\"v1\"" { return (.notModified, h, []) }
            h.add(name: "Content-Type", value: "text/html; charset=utf-8")
            h.add(name: "ETag", value: "\"v1\"")
            h.add(name: "Last-Modified", value: "Mon, 01 Jun 2026 08:00:00 GMT")
            return (.ok, h, Array(LocalServer.article.utf8))
        case "/latin1":
            h.add(name: "Content-Type", value: "text/html; charset=ISO-8859-1")
            let body = LocalServer.article.replacingOccurrences(of: "ferry company", with: "ferry caf\u{E9}")
            return (.ok, h, Array(body.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }))
        case "/ua":
            h.add(name: "Content-Type", value: "text/plain")
            return (.ok, h, Array((head.headers.first(name: "User-Agent") ?? "").utf8))
        case "/big":
            h.add(name: "Content-Type", value: "text/html")
            return (.ok, h, [UInt8](repeating: UInt8(ascii: "a"), count: 3 << 20))
        case "/loop":
            h.add(name: "Location", value: "/loop")
            return (.found, h, [])
        case "/to-private":
            h.add(name: "Location", value: "http://127.0.0.1:\(port)/page")
            return (.found, h, [])
        case "/missing":
            return (.notFound, h, Array("not here".utf8))
        case "/slow":
            return nil
        case "/feed.xml":
            h.add(name: "Content-Type", value: "application/rss+xml")
            let feed = """
                <?xml version="1.0"?><rss version="2.0"><channel><title>Local Wire</title><link>\(base)/</link>
                <item><title>Ferry timetable changes</title><link>\(base)/page</link></item>
                <item><title>Gone</title><link>\(base)/missing</link><description>Only the summary of a story that no longer exists on the site itself.</description></item>
                </channel></rss>
                """
            return (.ok, h, Array(feed.utf8))
        default:
            if path.hasPrefix("/redirect/"), let n = Int(path.dropFirst("/redirect/".count)) {
                h.add(name: "Location", value: n <= 1 ? "/page" : "/redirect/\(n - 1)")
                return (.movedPermanently, h, [])
            }
            return (.notFound, h, [])
        }
    }

    final class Box: @unchecked Sendable {
        var server: LocalServer?
    }

    private final class Handler: ChannelInboundHandler {
        typealias InboundIn = HTTPServerRequestPart
        typealias OutboundOut = HTTPServerResponsePart
        let box: Box
        var head: HTTPRequestHead?

        init(box: Box) { self.box = box }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            switch unwrapInboundIn(data) {
            case .head(let h):
                head = h
            case .body:
                break
            case .end:
                guard let head, let server = box.server, let (status, headers, body) = server.respond(head) else { return }
                var h = headers
                h.add(name: "Content-Length", value: String(body.count))
                context.write(wrapOutboundOut(.head(HTTPResponseHead(version: head.version, status: status, headers: h))), promise: nil)
                if !body.isEmpty {
                    context.write(wrapOutboundOut(.body(.byteBuffer(context.channel.allocator.buffer(bytes: body)))), promise: nil)
                }
                context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
            }
        }
    }
}
