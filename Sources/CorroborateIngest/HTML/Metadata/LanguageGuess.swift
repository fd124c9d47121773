/// The language of a text from its most frequent short words, for pages that do not declare
/// one: English, German, French, Spanish, Italian, Portuguese, Dutch, Swedish, Danish,
/// Norwegian, Polish, Czech, Turkish, Indonesian; nil when none stands out. Scripts other
/// than Latin are told by their letters (Cyrillic → `ru`, Greek, Arabic, Hebrew, CJK, Thai …).
enum LanguageGuess {
    private static let words: [(String, [String])] = [
        ("en", ["the", "and", "of", "to", "in", "is", "that", "for", "was", "with", "he", "said", "on", "it", "his"]),
        ("de", ["der", "die", "und", "das", "ist", "nicht", "mit", "den", "ein", "eine", "sich", "auf", "auch", "von", "dem"]),
        ("fr", ["le", "la", "les", "et", "des", "est", "une", "dans", "qui", "pour", "pas", "sur", "du", "au", "que"]),
        ("es", ["el", "la", "los", "las", "y", "que", "del", "en", "por", "una", "con", "para", "es", "se", "lo"]),
        ("it", ["il", "che", "di", "della", "e", "per", "non", "una", "sono", "gli", "del", "nel", "alla", "anche", "è"]),
        ("pt", ["o", "os", "que", "não", "uma", "com", "para", "do", "da", "em", "dos", "das", "ao", "foi", "é"]),
        ("nl", ["de", "het", "een", "van", "en", "niet", "dat", "zijn", "voor", "met", "ook", "op", "aan", "werd", "bij"]),
        ("sv", ["och", "att", "det", "som", "en", "är", "på", "för", "med", "inte", "har", "av", "till", "den", "var"]),
        ("da", ["og", "at", "det", "er", "en", "til", "på", "af", "med", "ikke", "har", "som", "for", "den", "der"]),
        ("no", ["og", "er", "det", "til", "på", "som", "en", "ikke", "med", "av", "har", "for", "den", "var", "jeg"]),
        ("pl", ["i", "w", "nie", "na", "się", "z", "do", "że", "jest", "to", "jak", "po", "przez", "od", "oraz"]),
        ("cs", ["a", "se", "na", "je", "že", "v", "to", "s", "do", "jako", "ale", "by", "jsou", "pro", "také"]),
        ("tr", ["ve", "bir", "bu", "için", "ile", "da", "de", "olarak", "daha", "çok", "olan", "gibi", "ama", "en", "kadar"]),
        ("id", ["yang", "dan", "di", "ini", "itu", "dengan", "untuk", "tidak", "dari", "dalam", "akan", "pada", "juga", "ke", "karena"]),
    ]

    private static let table: [String: [Int]] = {
        var t: [String: [Int]] = [:]
        for (i, entry) in words.enumerated() {
            for w in entry.1 { t[w, default: []].append(i) }
        }
        return t
    }()

    /// A BCP 47 tag for the text, or nil.
    static func guess(_ text: Substring) -> String? {
        var counts = [Int](repeating: 0, count: words.count)
        var scripts: [String: Int] = [:]
        var latin = 0
        var seen = 0
        for word in text.split(whereSeparator: { !$0.isLetter }).prefix(600) {
            seen += 1
            if let s = word.unicodeScalars.first {
                switch s.value {
                case 0x0400...0x04FF: scripts["ru", default: 0] += 1
                case 0x0370...0x03FF: scripts["el", default: 0] += 1
                case 0x0600...0x06FF: scripts["ar", default: 0] += 1
                case 0x0590...0x05FF: scripts["he", default: 0] += 1
                case 0x0E00...0x0E7F: scripts["th", default: 0] += 1
                case 0x3040...0x30FF: scripts["ja", default: 0] += 1
                case 0xAC00...0xD7AF: scripts["ko", default: 0] += 1
                case 0x4E00...0x9FFF: scripts["zh", default: 0] += 1
                case 0x0900...0x097F: scripts["hi", default: 0] += 1
                default: latin += 1
                }
            }
            if let langs = table[word.lowercased()] { for l in langs { counts[l] += 1 } }
        }
        guard seen >= 20 else { return nil }
        if let (script, n) = scripts.max(by: { $0.value < $1.value }), n > latin {
            // Japanese mixes kana with Chinese characters.
            if script == "zh", (scripts["ja"] ?? 0) * 10 > n { return "ja" }
            return script
        }
        guard let best = counts.indices.max(by: { counts[$0] < counts[$1] }) else { return nil }
        let sorted = counts.sorted(by: >)
        guard counts[best] >= 5, counts[best] * 10 >= seen, sorted.count < 2 || counts[best] * 4 >= sorted[1] * 5 else { return nil }
        return words[best].0
    }
}
