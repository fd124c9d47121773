import CorroborateCore
import CorroborateReport
import CorroborateStore
import Foundation
import Hummingbird

/// The JSON API: lists, one story or article as a `corroborate/1` document, search, and
/// uploads. Reads are cached per collection version.
struct APIRoutes: Sendable {
    let store: any ArticleStore
    let configuration: ServerConfiguration
    let cache: ResponseCache

    func register(on router: Router<some RequestContext>) {
        router.get("/api/stories") { request, _ in
            let page = try Self.page(request)
            return try await cached(request) {
                try Self.json(["offset": .int(page.offset), "limit": .int(page.limit)], key: "stories", try await store.stories(page))
            }
        }
        router.get("/api/stories/:id") { request, context in
            let id = try context.parameters.require("id")
            return try await cached(request) {
                guard let detail = try await store.story(id: id) else { throw APIError.notFound("no story \(id)") }
                return JSONReport(pretty: false).render(detail.corpus)
            }
        }
        router.get("/api/articles") { request, _ in
            let page = try Self.page(request)
            return try await cached(request) {
                try Self.json(["offset": .int(page.offset), "limit": .int(page.limit)], key: "articles", try await store.articles(page))
            }
        }
        router.get("/api/articles/:id") { request, context in
            let id = try context.parameters.require("id")
            return try await cached(request) {
                guard let detail = try await store.article(id: id) else { throw APIError.notFound("no article \(id)") }
                return JSONReport(pretty: false).render(detail.corpus)
            }
        }
        router.get("/api/search") { request, _ in
            let query = try Self.query(request)
            let limit = request.uri.queryParameters.get("limit", as: Int.self) ?? 20
            return try await cached(request) {
                try Self.json(["query": .string(query)], key: "hits", try await store.search(query, limit: limit))
            }
        }
        router.get("/api/collection") { _, _ in
            Self.response(try Self.encode(try await store.stats()))
        }
        router.post("/api/articles") { request, context in
            try await upload(request, context: context)
        }
        router.get("/openapi.json") { _, _ in
            Self.response(Array(OpenAPIDocument.json.utf8))
        }
    }

    // MARK: - Uploads

    private func upload(_ request: Request, context: some RequestContext) async throws -> Response {
        guard let token = configuration.token else {
            throw APIError(
                status: .forbidden, code: "writesDisabled",
                message: "this server accepts no uploads: start it with --token or CORROBORATE_TOKEN")
        }
        guard let given = request.headers[.authorization], Self.matches(given, bearer: token) else {
            throw APIError(
                status: .unauthorized, code: "unauthorized", message: "a valid token is required (Authorization: Bearer TOKEN)",
                headers: [.wwwAuthenticate: "Bearer"])
        }
        var request = request
        let body: ByteBuffer
        do {
            body = try await request.collectBody(upTo: configuration.maxBodyBytes)
        } catch {
            throw APIError(
                status: .contentTooLarge, code: "tooLarge", message: "the body exceeds \(configuration.maxBodyBytes) bytes")
        }
        guard body.readableBytes > 0 else { throw APIError.badRequest("the body is empty: send the article's bytes") }
        let format = try Self.format(request)
        let source = request.uri.queryParameters.get("source").map { "upload:" + $0.prefix(200) } ?? "upload"
        let records = InputCollector().records(bytes: body.getBytes(at: body.readerIndex, length: body.readableBytes) ?? [], source: source, format: format)
        let report = try await Ingestion(store: store, options: configuration.ingest).add(records)
        return Self.response(try Self.encode(report), status: report.articles > 0 ? .created : .ok)
    }

    /// The format from `?format=`, else the content type, else sniffed from the bytes.
    static func format(_ request: Request) throws -> InputFormat? {
        if let given = request.uri.queryParameters.get("format") {
            switch given.lowercased() {
            case "text", "txt": return .text
            case "jsonl", "jsonlines", "ndjson": return .jsonLines
            case "html": return .html
            case "feed", "rss", "atom": return .feed
            default: throw APIError.badRequest("format must be text, jsonl, html or feed, not \(given.prefix(40))")
            }
        }
        let type = request.headers[.contentType]?.lowercased() ?? ""
        if type.contains("rss+xml") || type.contains("atom+xml") || type.contains("feed+json") { return .feed }
        if type.hasPrefix("text/html") || type.hasPrefix("application/xhtml") { return .html }
        if type.contains("ndjson") || type.contains("jsonl") || type.hasPrefix("application/json") { return .jsonLines }
        if type.hasPrefix("text/plain") { return .text }
        return nil
    }

    /// Compares in time independent of where the strings differ.
    static func matches(_ header: String, bearer token: String) -> Bool {
        guard header.hasPrefix("Bearer ") else { return false }
        let given = Array(header.dropFirst(7).utf8)
        let expected = Array(token.utf8)
        var difference = given.count ^ expected.count
        for i in 0..<expected.count { difference |= Int(expected[i] ^ (i < given.count ? given[i] : 0)) }
        return difference == 0
    }

    // MARK: - Helpers

    private func cached(_ request: Request, _ render: () async throws -> [UInt8]) async throws -> Response {
        let key = request.uri.string
        let version = try await store.version()
        if let hit = cache.get(key, version: version) {
            return Response(status: .ok, headers: [.contentType: hit.contentType], body: .init(byteBuffer: hit.body))
        }
        let body = ByteBuffer(bytes: try await render())
        cache.put(key, .init(version: version, contentType: Self.jsonType, body: body))
        return Response(status: .ok, headers: [.contentType: Self.jsonType], body: .init(byteBuffer: body))
    }

    static let jsonType = "application/json; charset=utf-8"

    static func response(_ bytes: [UInt8], status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: jsonType], body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    static func page(_ request: Request) throws -> Page {
        let q = request.uri.queryParameters
        let offset = q.get("offset").map { Int($0) } ?? 0
        let limit = q.get("limit").map { Int($0) } ?? 50
        guard let offset, let limit, offset >= 0, (1...1000).contains(limit) else {
            throw APIError.badRequest("offset must be a number ≥ 0 and limit a number from 1 to 1000")
        }
        return Page(offset: offset, limit: limit)
    }

    static func query(_ request: Request) throws -> String {
        guard let q = request.uri.queryParameters.get("q"), !q.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw APIError.badRequest("give the words to search for as ?q=")
        }
        guard q.utf8.count <= 500 else { throw APIError.badRequest("the query is longer than 500 bytes") }
        return q.replacingOccurrences(of: "+", with: " ")
    }

    enum Field: Encodable {
        case int(Int)
        case string(String)

        func encode(to encoder: any Encoder) throws {
            var c = encoder.singleValueContainer()
            switch self {
            case .int(let v): try c.encode(v)
            case .string(let v): try c.encode(v)
            }
        }
    }

    /// `{…fields, key: items}` as compact JSON with sorted keys.
    static func json<T: Encodable>(_ fields: [String: Field], key: String, _ items: T) throws -> [UInt8] {
        return try encode(Envelope(fields: fields, key: key, items: items))
    }

    static func encode(_ value: some Encodable) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(value))
    }
}

/// `{…fields, key: items}`: a list with the parameters that produced it.
private struct Envelope<Items: Encodable>: Encodable {
    var fields: [String: APIRoutes.Field]
    var key: String
    var items: Items

    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        for (k, v) in fields { try c.encode(v, forKey: Key(stringValue: k)) }
        try c.encode(items, forKey: Key(stringValue: key))
    }
}
