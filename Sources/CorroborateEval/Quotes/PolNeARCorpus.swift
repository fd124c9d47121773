public import CorroborateCore
import Foundation

/// One gold attribution of PolNeAR: content pieces, and the source and cue when annotated.
///
/// Offsets are Unicode scalar offsets into the article text, end exclusive, as in the brat
/// standoff files.
public struct GoldAttribution: Sendable, Hashable {
    public var content: [Range<Int>]
    public var source: [Range<Int>]?
    public var cue: [Range<Int>]?
    /// The content begins with a quotation mark: a direct quote in the reference scorer's sense.
    public var isDirect: Bool
}

/// A PolNeAR article with its gold attributions (one annotator's).
public struct PolNeARDocument: Sendable {
    public var id: String
    public var text: String
    /// The publisher: the first part of the file name, as `metadata.tsv` also gives it.
    public var publisher: String
    public var published: CivilDate?
    public var title: String?
    public var attributions: [GoldAttribution]

    /// The article to analyse, carrying the same metadata the reference scorer's input has.
    public var article: Article {
        Article(id: id, source: id, outlet: publisher, title: title, published: published, text: text)
    }
}

/// Reads a PolNeAR split folder (`text/` and `attributions/`), as the reference scorer does:
/// the first annotator file of each article in sorted order, every `E` relation with a
/// Content, `Content2` pieces joined to `Content`.
public enum PolNeARCorpus {
    /// A PolNeAR folder that cannot be read.
    public struct ReadError: Error, CustomStringConvertible {
        public var description: String
    }

    /// Quotation marks that make an attribution direct when its content starts with one.
    static let quoteMarks: Set<Unicode.Scalar> = ["\"", "'", "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{AB}", "\u{BB}", "\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}"]

    /// Reads the split at `path`; `limit` keeps the first N articles.
    public static func read(_ path: String, limit: Int? = nil) throws(ReadError) -> [PolNeARDocument] {
        let fm = FileManager.default
        let root = URL(fileURLWithPath: path)
        let annDir = root.appendingPathComponent("attributions")
        let textDir = root.appendingPathComponent("text")
        guard let annFiles = try? fm.contentsOfDirectory(atPath: annDir.path), fm.fileExists(atPath: textDir.path) else {
            throw ReadError(description: "\(path) is not a PolNeAR split folder (it needs text/ and attributions/); pass e.g. …/polnear/dev")
        }
        var first: [String: String] = [:]
        for name in annFiles.filter({ $0.hasSuffix(".ann") }).sorted() {
            let base = String(name.dropLast(4))
            let stem = base.lastIndex(of: "_").map { String(base[..<$0]) } ?? base
            if first[stem] == nil { first[stem] = name }
        }
        let metadata = readMetadata(root)
        var docs: [PolNeARDocument] = []
        for stem in first.keys.sorted() {
            guard let ann = first[stem],
                let textData = fm.contents(atPath: textDir.appendingPathComponent(stem + ".txt").path),
                let annData = fm.contents(atPath: annDir.appendingPathComponent(ann).path)
            else { continue }
            let text = String(decoding: textData, as: UTF8.self)
            let attributions = parseBrat(String(decoding: annData, as: UTF8.self), text: text)
            let row = metadata[stem] ?? [:]
            let publisher = row["publisher"].flatMap { $0 == "None" || $0.isEmpty ? nil : $0 }
                ?? String(stem.prefix { $0 != "_" })
            let title = row["title"].flatMap { $0 == "None" || $0.isEmpty ? nil : $0 }
            let date = row["publication_date"].flatMap { CivilDate(iso: $0.prefix(10)) }
            docs.append(PolNeARDocument(id: stem, text: text, publisher: publisher, published: date, title: title, attributions: attributions))
            if let limit, docs.count >= limit { break }
        }
        return docs
    }

    /// `metadata.tsv` in the split folder or up to two folders above, by file name.
    private static func readMetadata(_ root: URL) -> [String: [String: String]] {
        var dir = root
        for _ in 0..<3 {
            let candidate = dir.appendingPathComponent("metadata.tsv")
            if let data = FileManager.default.contents(atPath: candidate.path) {
                let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
                guard let header = lines.first?.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) else { return [:] }
                var out: [String: [String: String]] = [:]
                for line in lines.dropFirst() where !line.isEmpty {
                    let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                    var row: [String: String] = [:]
                    for (key, value) in zip(header, cells) { row[key] = value }
                    if let name = row["filename"] { out[name] = row }
                }
                return out
            }
            dir = dir.deletingLastPathComponent()
        }
        return [:]
    }

    /// The attributions of one brat standoff file.
    static func parseBrat(_ raw: String, text: String) -> [GoldAttribution] {
        var spans: [String: [Range<Int>]] = [:]
        var relations: [[(role: String, id: String)]] = []
        for line in raw.split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 2, let tag = fields.first?.first else { continue }
            if tag == "T", fields.count >= 3 {
                let parts = fields[1].split(separator: " ", maxSplits: 1)
                guard parts.count == 2 else { continue }
                var pieces: [Range<Int>] = []
                for piece in parts[1].split(separator: ";") {
                    let ends = piece.split(separator: " ").compactMap { Int($0) }
                    if ends.count == 2, ends[0] <= ends[1] { pieces.append(ends[0]..<ends[1]) }
                }
                spans[String(fields[0])] = pieces
            } else if tag == "E" {
                var roles: [(String, String)] = []
                for pair in fields[1].split(separator: " ") {
                    let kv = pair.split(separator: ":", maxSplits: 1)
                    guard kv.count == 2 else { continue }
                    roles.append((String(kv[0].reversed().drop { $0.isNumber }.reversed()), String(kv[1])))
                }
                relations.append(roles)
            }
        }
        let scalars = Array(text.unicodeScalars)
        var out: [GoldAttribution] = []
        for roles in relations {
            var byRole: [String: [Range<Int>]] = [:]
            for (role, id) in roles {
                if let s = spans[id] { byRole[role, default: []] += s }
            }
            guard let content = byRole["Content"]?.sorted(by: { ($0.lowerBound, $0.upperBound) < ($1.lowerBound, $1.upperBound) }),
                !content.isEmpty
            else { continue }
            var direct = false
            if let piece = content.first {
                var k = piece.lowerBound
                while k < min(piece.upperBound, scalars.count), scalars[k].properties.isWhitespace { k += 1 }
                direct = k < min(piece.upperBound, scalars.count) && quoteMarks.contains(scalars[k])
            }
            func sorted(_ r: [Range<Int>]?) -> [Range<Int>]? {
                guard let r, !r.isEmpty else { return nil }
                return r.sorted { ($0.lowerBound, $0.upperBound) < ($1.lowerBound, $1.upperBound) }
            }
            out.append(GoldAttribution(content: content, source: sorted(byRole["Source"]), cue: sorted(byRole["Cue"]), isDirect: direct))
        }
        return out
    }
}
