import Foundation

/// A PolNeAR article with its gold attributions (brat standoff), one annotator per article.
public struct PolNeARArticle: Sendable {
    public var id: String
    public var text: String
    public var attributions: [Attribution]

    /// One attribution relation: content, source and cue pieces, as Unicode scalar offsets.
    public struct Attribution: Sendable {
        public var content: [Range<Int>]
        public var source: [Range<Int>]
        public var cue: [Range<Int>] = []
    }
}

/// Reads a PolNeAR split folder (`text/` and `attributions/`) the way the reference scorer does:
/// the first `.ann` file in sorted order for each article, every `E` relation with a Content.
public enum PolNeARReader {
    public static func load(directory: String) throws(FigureGoldError) -> [PolNeARArticle] {
        let annDir = directory + "/attributions"
        let textDir = directory + "/text"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: annDir) else {
            throw FigureGoldError(path: annDir, message: "not a readable directory")
        }
        var first: [String: String] = [:]
        for name in names.sorted() where name.hasSuffix(".ann") {
            let stem = name.dropLast(4)
            let article = stem.lastIndex(of: "_").map { String(stem[..<$0]) } ?? String(stem)
            if first[article] == nil { first[article] = name }
        }
        var out: [PolNeARArticle] = []
        for id in first.keys.sorted() {
            guard let ann = first[id] else { continue }
            guard let textData = FileManager.default.contents(atPath: textDir + "/" + id + ".txt"),
                let text = String(data: textData, encoding: .utf8)
            else { continue }
            guard let annData = FileManager.default.contents(atPath: annDir + "/" + ann),
                let standoff = String(data: annData, encoding: .utf8)
            else { throw FigureGoldError(path: annDir + "/" + ann, message: "not readable as UTF-8") }
            out.append(PolNeARArticle(id: id, text: text, attributions: parse(standoff)))
        }
        guard !out.isEmpty else { throw FigureGoldError(path: directory, message: "no PolNeAR articles") }
        return out
    }

    /// `T` lines give spans (`T3<TAB>Content 10 20;25 30<TAB>…`); `E` lines tie roles to them.
    static func parse(_ standoff: String) -> [PolNeARArticle.Attribution] {
        var spans: [String: [Range<Int>]] = [:]
        var relations: [[(role: String, id: String)]] = []
        for line in standoff.split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 2, let tag = fields.first else { continue }
            if tag.hasPrefix("T") {
                let parts = fields[1].split(separator: " ", maxSplits: 1)
                guard parts.count == 2 else { continue }
                var ranges: [Range<Int>] = []
                for piece in parts[1].split(separator: ";") {
                    let n = piece.split(separator: " ").compactMap { Int($0) }
                    if n.count == 2, n[0] <= n[1] { ranges.append(n[0]..<n[1]) }
                }
                spans[String(tag)] = ranges
            } else if tag.hasPrefix("E") {
                relations.append(fields[1].split(separator: " ").compactMap { pair in
                    let kv = pair.split(separator: ":")
                    return kv.count == 2 ? (String(kv[0]), String(kv[1])) : nil
                })
            }
        }
        var out: [PolNeARArticle.Attribution] = []
        for roles in relations {
            var content: [Range<Int>] = []
            var source: [Range<Int>] = []
            var cue: [Range<Int>] = []
            for (role, id) in roles {
                // Content2, Source2 …: further pieces of the same role.
                if role.hasPrefix("Content") { content += spans[id] ?? [] }
                if role.hasPrefix("Source") { source += spans[id] ?? [] }
                if role.hasPrefix("Cue") { cue += spans[id] ?? [] }
            }
            guard !content.isEmpty else { continue }
            out.append(.init(content: content.sorted { $0.lowerBound < $1.lowerBound }, source: source.sorted { $0.lowerBound < $1.lowerBound },
                cue: cue.sorted { $0.lowerBound < $1.lowerBound }))
        }
        return out
    }
}
