/// The reference scorer's lenient speaker check, on plain strings.
///
/// A predicted speaker string is right for a gold Source when one's lowercased word sequence
/// occurs inside the other's, or when they share a capitalised token that may be a surname
/// (titles, pronouns and function words removed, a possessive `'s` stripped).
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

    private static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        s == "_" || s.properties.isAlphabetic || s.properties.numericType != nil
    }

    /// Lowercased `\w+` runs.
    static func words(_ text: String) -> [String] {
        var out: [String] = []
        var current = String.UnicodeScalarView()
        for s in text.lowercased().unicodeScalars {
            if isWordScalar(s) {
                current.append(s)
            } else if !current.isEmpty {
                out.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { out.append(String(current)) }
        return out
    }

    /// Capitalised tokens that may be names: `\b[A-Z][\w'’-]*`, possessive stripped.
    static func nameTokens(_ text: String) -> Set<String> {
        var out: Set<String> = []
        let scalars = Array(text.unicodeScalars)
        var k = 0
        while k < scalars.count {
            let s = scalars[k]
            let atBoundary = k == 0 || !isWordScalar(scalars[k - 1])
            guard atBoundary, ("A"..."Z").contains(s) else {
                k += 1
                continue
            }
            var e = k + 1
            while e < scalars.count, isWordScalar(scalars[e]) || scalars[e] == "'" || scalars[e] == "\u{2019}" || scalars[e] == "-" { e += 1 }
            var token = String(String.UnicodeScalarView(scalars[k..<e]))
            if token.hasSuffix("'s") || token.hasSuffix("\u{2019}s") { token = String(token.dropLast(2)) }
            var lowered = token.lowercased()
            while lowered.hasSuffix(".") { lowered.removeLast() }
            if token.count > 1, !notNames.contains(lowered) { out.insert(token) }
            k = e
        }
        return out
    }

    private static func contiguous(_ a: [String], in b: [String]) -> Bool {
        guard !a.isEmpty, a.count <= b.count else { return false }
        for i in 0...(b.count - a.count) where Array(b[i..<(i + a.count)]) == a { return true }
        return false
    }

    static func textMatches(_ candidate: String, _ source: String) -> Bool {
        let a = words(candidate)
        let b = words(source)
        if !a.isEmpty, !b.isEmpty, contiguous(a, in: b) || contiguous(b, in: a) { return true }
        return !nameTokens(candidate).isDisjoint(with: nameTokens(source))
    }

    static func isPronoun(_ text: String) -> Bool {
        let w = words(text)
        return w.count == 1 && pronouns.contains(w[0])
    }

    /// Whether any of `candidates` is right for `source`; a pronoun source also accepts the
    /// nearest named source before it (`previousNamed`).
    static func matches(_ candidates: [String], source: String, previousNamed: String?) -> Bool {
        if candidates.contains(where: { textMatches($0, source) }) { return true }
        if isPronoun(source), let previousNamed { return candidates.contains { textMatches($0, previousNamed) } }
        return false
    }

    /// Lowercased word characters only, words joined by single spaces.
    static func normalized(_ text: String) -> String { words(text).joined(separator: " ") }
}
