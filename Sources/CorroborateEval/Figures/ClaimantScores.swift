import CorroborateCore
import CorroborateIngest

/// Claimant accuracy on PolNeAR: for every figure the analysis finds inside a gold attribution's
/// content (the innermost one when they nest), whether the figure's claimant matches that
/// attribution's gold Source.
///
/// A claimant matches as the reference scorer's lenient speaker check does: one of its strings
/// — the claimant's words, the linked entity's name and aliases — has its words inside the
/// Source's words or the reverse, or shares a capitalised name with it; a pronoun Source also
/// accepts the nearest earlier Source that names someone. A missing claimant counts as wrong.
public struct ClaimantScores: Sendable {
    public var figures = 0
    public var right = 0
    public var missing = 0
    /// Each wrong figure with its gold Source and cue, its claimant, the words around it, and the
    /// innermost quote the analysis put it in (kind and speaker), to tell a missed attribution
    /// from a wrong speaker.
    public var errors: [(figure: String, gold: String, cue: String, claimant: String?, context: String, quote: String?)] = []

    public init() {}

    public var accuracy: Double { figures > 0 ? Double(right) / Double(figures) : 0 }

    /// Analyses the articles as `corroborate analyze` would and scores the claimants.
    public static func score(_ articles: [PolNeARArticle], parallelism: Int = 1) -> ClaimantScores {
        var ingest = IngestResult()
        for a in articles { ingest.add(Article(id: a.id, source: a.id, text: a.text)) }
        let corpus = Analyzer().analyze(ingest.articles, parallelism: parallelism)
        var byID: [String: Int] = [:]
        for (i, a) in corpus.articles.enumerated() { byID[a.article.id] = i }
        var scores = ClaimantScores()
        for gold in articles {
            guard let i = byID[gold.id] else { continue }
            scores.add(gold, analysis: corpus.articles[i], links: corpus.entityLinks[i], entities: corpus.entities)
        }
        return scores
    }

    mutating func add(_ gold: PolNeARArticle, analysis: ArticleAnalysis, links: [Int], entities: [Entity]) {
        let scalars = Array(gold.text.unicodeScalars)
        func text(_ r: Range<Int>) -> String {
            guard r.lowerBound >= 0, r.upperBound <= scalars.count else { return "" }
            var s = String.UnicodeScalarView()
            s.append(contentsOf: scalars[r])
            return String(s)
        }
        let sourced = gold.attributions.filter { !$0.source.isEmpty }
        let named: [(start: Int, text: String)] = sourced.compactMap { a in
            let s = a.source.map(text).joined(separator: " ")
            return SpeakerMatch.nameTokens(s).isEmpty ? nil : (a.source[0].lowerBound, s)
        }.sorted { ($0.start, $0.text) < ($1.start, $1.text) }
        let index = ScalarOffsets(analysis.article.text)
        let bytes = Array(analysis.article.text.utf8)
        for f in analysis.figures {
            let s = index[f.span.start]
            let e = index[f.span.end]
            var best: PolNeARArticle.Attribution? = nil
            var bestLength = Int.max
            for a in sourced where a.content.contains(where: { $0.lowerBound <= s && e <= $0.upperBound }) {
                let length = a.content.reduce(0) { $0 + $1.count }
                if length < bestLength {
                    best = a
                    bestLength = length
                }
            }
            guard let a = best else { continue }
            figures += 1
            let source = a.source.map(text).joined(separator: " ")
            var candidates: [String] = []
            if let c = f.claimant {
                candidates.append(String(decoding: bytes[c.span.start..<min(c.span.end, bytes.count)], as: UTF8.self))
                if let local = c.entity, local < links.count {
                    let entity = entities[links[local]]
                    candidates.append(entity.name)
                    candidates += entity.aliases
                }
            } else {
                missing += 1
            }
            let ok = !candidates.isEmpty && SpeakerMatch.matches(candidates, source: source, at: a.source[0].lowerBound, named: named)
            if ok {
                right += 1
            } else {
                let lo = max(0, s - 80)
                let hi = min(scalars.count, e + 80)
                let quote = analysis.quotes.filter { $0.span.contains(f.span) }.min { $0.span.length < $1.span.length }.map { q in
                    q.kind.rawValue + " by " + (q.speaker.map { String(decoding: bytes[$0.span.start..<min($0.span.end, bytes.count)], as: UTF8.self) } ?? "none")
                }
                errors.append((text(s..<e), source, a.cue.map(text).joined(separator: " "), candidates.first, text(lo..<hi).replacingNewlines, quote))
            }
        }
    }

    /// The score table, `SCORE claimant_acc=…` last.
    public func table(title: String) -> ScoreTable {
        var t = ScoreTable(title: title)
        t.add("claimant matches the gold Source", value: accuracy, note: "\(right)/\(figures) figures inside sourced attributions", key: "claimant_acc")
        t.add("figures with no claimant", value: figures > 0 ? Double(missing) / Double(figures) : 0, note: "\(missing)/\(figures)")
        return t
    }

    /// The first `n` errors, as text.
    public func worstErrors(_ n: Int) -> String {
        guard !errors.isEmpty else { return "" }
        var out = "claimant errors (\(errors.count)):\n"
        for e in errors.prefix(n) {
            out += "  “\(e.figure)”: gold \(e.gold) (\(e.cue)) vs \(e.claimant ?? "none") [\(e.quote ?? "in no quote")] — \(e.context)\n"
        }
        return out
    }
}

/// The reference scorer's lenient speaker check.
enum SpeakerMatch {
    static let pronouns: Set<String> = [
        "he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "us", "me", "his", "hers", "their", "theirs",
        "its", "our", "who", "whom", "which", "that", "this", "these", "those", "one", "someone", "somebody", "everyone",
        "everybody", "himself", "herself", "themselves",
    ]
    static let notNames: Set<String> = pronouns.union([
        "mr", "mrs", "ms", "miss", "dr", "sen", "senator", "rep", "representative", "gov", "governor", "president", "vice",
        "secretary", "gen", "general", "sir", "lord", "the", "a", "an", "and", "of", "in", "on", "for", "to", "but", "or",
        "st", "jr", "sr",
    ])

    static func matches(_ candidates: [String], source: String, at start: Int, named: [(start: Int, text: String)]) -> Bool {
        if candidates.contains(where: { textMatch($0, source) }) { return true }
        if isPronoun(source), let before = named.last(where: { $0.start < start }) {
            return candidates.contains { textMatch($0, before.text) }
        }
        return false
    }

    static func textMatch(_ candidate: String, _ source: String) -> Bool {
        let a = words(candidate)
        let b = words(source)
        if !a.isEmpty, !b.isEmpty, contiguous(a, in: b) || contiguous(b, in: a) { return true }
        return !nameTokens(candidate).isDisjoint(with: nameTokens(source))
    }

    /// Lowercased runs of letters, digits and underscores.
    static func words(_ s: String) -> [String] {
        var out: [String] = []
        var current = ""
        for c in s.lowercased() {
            if c.isLetter || c.isNumber || c == "_" {
                current.append(c)
            } else if !current.isEmpty {
                out.append(current)
                current = ""
            }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    static func contiguous(_ a: [String], in b: [String]) -> Bool {
        guard !a.isEmpty, a.count <= b.count else { return false }
        for i in 0...(b.count - a.count) where Array(b[i..<(i + a.count)]) == a { return true }
        return false
    }

    /// Capitalised words that may be names: titles, pronouns and function words dropped, a
    /// possessive `'s` stripped.
    static func nameTokens(_ s: String) -> Set<String> {
        var out: Set<String> = []
        let chars = Array(s)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            let boundary = i == 0 || !(chars[i - 1].isLetter || chars[i - 1].isNumber || chars[i - 1] == "_")
            if boundary, c.isASCII, c.isUppercase {
                var j = i + 1
                while j < chars.count, chars[j].isLetter || chars[j].isNumber || chars[j] == "_" || chars[j] == "'"
                    || chars[j] == "\u{2019}" || chars[j] == "-"
                {
                    j += 1
                }
                var token = String(chars[i..<j])
                if token.hasSuffix("'s") || token.hasSuffix("\u{2019}s") { token = String(token.dropLast(2)) }
                var lowered = token.lowercased()
                while lowered.hasSuffix(".") { lowered.removeLast() }
                if token.count > 1, !notNames.contains(lowered) { out.insert(token) }
                i = j
            } else {
                i += 1
            }
        }
        return out
    }

    static func isPronoun(_ s: String) -> Bool {
        let w = words(s)
        return w.count == 1 && pronouns.contains(w[0])
    }
}

/// UTF-8 byte offset → Unicode scalar offset for one text.
struct ScalarOffsets {
    private var table: [Int32]

    init(_ text: String) {
        var table: [Int32] = []
        table.reserveCapacity(text.utf8.count + 1)
        var scalars: Int32 = 0
        for b in text.utf8 {
            table.append(scalars)
            if b & 0xC0 != 0x80 { scalars += 1 }
        }
        table.append(scalars)
        self.table = table
    }

    subscript(byte: Int) -> Int { Int(table[max(0, min(byte, table.count - 1))]) }
}

extension String {
    var replacingNewlines: String { String(map { $0 == "\n" || $0 == "\r" ? " " : $0 }) }
}
