public import CorroborateCore
import Foundation

/// Reads a batch of inputs — files, directories, `-` for standard input — into articles.
///
/// Each input's format comes from its extension (`.txt`, `.jsonl`, `.html`, …) or, failing
/// that, from its first byte. An input that cannot be read becomes an ``IngestError`` naming
/// it, and the rest of the batch still goes through. Articles whose text is identical to an
/// earlier one are set aside as ``IngestResult/duplicates``, so one report is not counted twice.
///
/// ```swift
/// let result = Ingestor().ingest(["Samples/", "extra.jsonl"])
/// for error in result.errors { print(error) }
/// ```
public struct Ingestor: Sendable {
    /// The largest plain-text article or JSON Lines record accepted.
    public var maxArticleBytes: Int
    /// The largest HTML page accepted.
    public var maxPageBytes: Int

    public init(maxArticleBytes: Int = 8 << 20, maxPageBytes: Int = 32 << 20) {
        self.maxArticleBytes = maxArticleBytes
        self.maxPageBytes = maxPageBytes
    }

    /// The formats an input can be in.
    public enum Format: String, Sendable {
        case text, jsonLines, html
        /// RSS, Atom or JSON Feed (the items' content is read); OPML lists feeds to fetch.
        case feed
    }

    /// Reads every input in order.
    ///
    /// - Parameters:
    ///   - inputs: Paths of files or directories; `-` reads standard input.
    ///   - standardInput: Supplies standard input's bytes (injectable for tests).
    public func ingest(_ inputs: [String], standardInput: (() -> [UInt8])? = nil) -> IngestResult {
        var result = IngestResult()
        for input in inputs {
            if input == "-" {
                let bytes = standardInput?() ?? Array(FileHandle.standardInput.readDataToEndOfFile())
                add(bytes, source: "stdin", format: nil, to: &result)
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory) else {
                result.errors.append(IngestError(.unreadable, source: input, "no such file or directory"))
                continue
            }
            if isDirectory.boolValue {
                let files = walk(input)
                if files.isEmpty {
                    result.errors.append(IngestError(.empty, source: input, "no article files (.txt, .jsonl, .html) in the directory"))
                }
                for file in files { read(file, into: &result) }
            } else {
                read(input, into: &result)
            }
        }
        return result
    }

    /// Reads the bytes of one input already in memory.
    public func ingest(bytes: [UInt8], source: String, format: Format? = nil) -> IngestResult {
        var result = IngestResult()
        add(bytes, source: source, format: format, to: &result)
        return result
    }

    // MARK: - Files

    /// The format a file name's extension names (`.txt`, `.jsonl`, `.html`, …), if any.
    public static func format(ofPath path: String) -> Format? {
        guard let name = path.split(separator: "/").last, name.contains(".") else { return nil }
        return name.split(separator: ".").last.flatMap { extensions[$0.lowercased()] }
    }

    /// The article files under a directory, as ``ingest(_:standardInput:)`` walks them:
    /// sorted, hidden files skipped, only extensions it reads.
    public func articleFiles(in directory: String) -> [String] { walk(directory) }

    static let extensions: [String: Format] = [
        "txt": .text, "text": .text, "md": .text, "jsonl": .jsonLines, "ndjson": .jsonLines, "json": .jsonLines,
        "html": .html, "htm": .html, "xhtml": .html, "xml": .feed, "rss": .feed, "atom": .feed, "opml": .feed,
    ]

    /// Article files under a directory, sorted, hidden files skipped.
    private func walk(_ directory: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return [] }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
            let ext = relative.split(separator: ".").last.map { $0.lowercased() } ?? ""
            guard relative.contains("."), Ingestor.extensions[ext] != nil else { continue }
            let path = directory.hasSuffix("/") ? directory + relative : directory + "/" + relative
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files.append(path)
            }
        }
        return files.sorted()
    }

    private func read(_ path: String, into result: inout IngestResult) {
        let ext = path.split(separator: "/").last?.split(separator: ".").dropFirst().last.map { $0.lowercased() }
        let format = ext.flatMap { Ingestor.extensions[$0] }
        let limit = format == .jsonLines ? Int.max : (format == .html ? maxPageBytes : maxArticleBytes)
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber,
            size.intValue > limit
        {
            result.errors.append(IngestError(
                .tooLarge, source: path,
                "too large for one article (\(size.intValue) bytes; the limit is \(limit) bytes, see --max-article-bytes)"))
            return
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            result.errors.append(IngestError(.unreadable, source: path, "cannot be read (permissions, or not a regular file)"))
            return
        }
        add(Array(data), source: path, format: format, to: &result)
    }

    private func add(_ bytes: [UInt8], source: String, format: Format?, to result: inout IngestResult) {
        var format = format ?? Ingestor.sniff(bytes)
        if format == .jsonLines || format == .html, FeedReader.looksLikeFeed(bytes) { format = .feed }
        switch format {
        case .feed:
            do throws(IngestError) {
                let reader = FeedReader()
                if String(decoding: bytes.prefix(512), as: UTF8.self).lowercased().contains("<opml") {
                    let feeds = try reader.subscriptions(bytes, source: source)
                    throw IngestError(
                        .invalidField, source: source,
                        "an OPML list of \(feeds.count) feeds: fetch them with `corroborate fetch \(source)` or `corroborate analyze \(source) --fetch`")
                }
                let feed = try reader.read(bytes, source: source)
                let articles = reader.articles(feed, source: source)
                if articles.isEmpty {
                    throw IngestError(
                        .empty, source: source,
                        "a feed of \(feed.items.count) items without their text: fetch their pages with `corroborate analyze \(source) --fetch`")
                }
                // Every item comes from the same bytes: one digest for all of them.
                let original = OriginalInput(sha256: SHA256.hex(bytes), path: source, byteCount: bytes.count)
                for var article in articles {
                    article.original = original
                    result.add(article)
                }
            } catch {
                result.errors.append(error)
            }
        case .jsonLines:
            if let kind = TextDecoding.binaryKind(bytes) {
                result.errors.append(IngestError(.binary, source: source, "binary data (\(kind)), not JSON Lines"))
                return
            }
            let (articles, errors) = JSONLinesReader(maxArticleBytes: maxArticleBytes).read(bytes, source: source)
            result.errors += errors
            for article in articles { result.add(article) }
        case .text:
            do {
                var article = try PlainTextReader(maxArticleBytes: maxArticleBytes).read(bytes, source: source)
                article.original = OriginalInput(sha256: SHA256.hex(bytes), path: source, byteCount: bytes.count)
                result.add(article)
            } catch {
                result.errors.append(error)
            }
        case .html:
            do throws(IngestError) {
                guard bytes.contains(where: { $0 > 0x20 }) else {
                    throw IngestError(.empty, source: source, bytes.isEmpty ? "empty input (0 bytes)" : "empty input (only whitespace)")
                }
                result.add(try HTMLArticleReader(maxPageBytes: maxPageBytes).read(bytes, source: source))
            } catch {
                result.errors.append(error)
            }
        }
    }

    /// The format of bytes with no telling extension, from the first non-space byte.
    public static func sniff(_ bytes: [UInt8]) -> Format {
        var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
        guard i < bytes.count else { return .text }
        switch bytes[i] {
        case UInt8(ascii: "{"): return .jsonLines
        case UInt8(ascii: "<"): return .html
        default: return .text
        }
    }
}

/// The articles read from a batch of inputs, and what could not be read.
public struct IngestResult: Sendable {
    public var articles: [Article] = []
    public var errors: [IngestError] = []
    /// Inputs whose text and date repeat an earlier article's, with that article's id.
    public var duplicates: [(source: String, of: String)] = []

    private var ids: Set<String> = []
    /// Digest of each kept article's text → its id.
    private var texts: [String: String] = [:]

    public init() {}

    /// Adds an article unless it repeats an earlier one (same text, same date); makes its id
    /// unique. The same text under another date is a reprint and is kept.
    public mutating func add(_ article: Article) {
        let key = Digest.fnv1a(article.text.utf8) + "|" + (article.published?.description ?? "")
        if let original = texts[key] {
            duplicates.append((article.source, original))
            return
        }
        var article = article
        if ids.contains(article.id) {
            var n = 2
            while ids.contains("\(article.id)-\(n)") { n += 1 }
            article.id = "\(article.id)-\(n)"
        }
        ids.insert(article.id)
        texts[key] = article.id
        articles.append(article)
    }
}
