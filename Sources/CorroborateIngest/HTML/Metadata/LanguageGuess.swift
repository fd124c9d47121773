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

    private static let table: [[UInt8]: [Int]] = {
        var t: [[UInt8]: [Int]] = [:]
        for (i, entry) in words.enumerated() {
            for w in entry.1 { t[Array(w.utf8), default: []].append(i) }
        }
        return t
    }()

    /// A BCP 47 tag for the text (read from its first 3,000 bytes), or nil.
    static func guess(_ text: some Collection<UInt8>) -> String? {
        var counts = [Int](repeating: 0, count: words.count)
        var scripts: [String: Int] = [:]
        var latin = 0
        var seen = 0
        var word: [UInt8] = []
        func finish() {
            guard !word.isEmpty else { return }
            seen += 1
            let lead = word[0]
            if lead < 0x80 {
                latin += 1
            } else if let script = script(word) {
                scripts[script, default: 0] += 1
            } else {
                latin += 1
            }
            if word.count <= 7, let langs = table[word] { for l in langs { counts[l] += 1 } }
            word.removeAll(keepingCapacity: true)
        }
        for b in text.prefix(3000) {
            // A Chinese or Japanese character is a word of its own.
            if b >= 0xE3, b <= 0xE9 { finish() }
            if b >= 0x80 || (b | 0x20) &- 0x61 < 26 {
                word.append(b &- 0x41 < 26 ? b | 0x20 : b)
            } else {
                finish()
            }
        }
        finish()
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

    /// The script of a word that starts outside ASCII, from its first scalar's block.
    private static func script(_ word: [UInt8]) -> String? {
        guard let s = String(decoding: word.prefix(4), as: UTF8.self).unicodeScalars.first else { return nil }
        switch s.value {
        case 0x0400...0x04FF: return "ru"
        case 0x0370...0x03FF: return "el"
        case 0x0600...0x06FF: return "ar"
        case 0x0590...0x05FF: return "he"
        case 0x0E00...0x0E7F: return "th"
        case 0x3040...0x30FF: return "ja"
        case 0xAC00...0xD7AF: return "ko"
        case 0x4E00...0x9FFF: return "zh"
        case 0x0900...0x097F: return "hi"
        default: return nil
        }
    }
}
