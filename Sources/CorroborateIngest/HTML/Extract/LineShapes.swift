/// Short lines whose shape says they are not article text, whatever their markup: bylines
/// (`By Jane Roe and John Doe`), date lines (`Posted: Jan. 10, 2008 4:49 PM ET`), comment
/// signatures (`Posted by: sam | Jan 10, 2008`) and pagination (`Page 1 | 2 | Next`).
enum LineShapes {
    private static func words(_ text: ArraySlice<UInt8>) -> [String] {
        String(decoding: text, as: UTF8.self).split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
    }

    private static let byWords: Set<String> = ["by", "von", "par", "por", "di", "door", "av", "af"]
    private static let byBytes: Set<[UInt8]> = Set(byWords.map { Array($0.utf8) })
    private static let nameJoiners: Set<String> = [
        "and", "in", "of", "&", "-", "–", "|", "for", "the", "und", "et", "y", "e", "en", "with", "at", "staff", "writer",
        "writers", "correspondent", "reporter", "editor", "press", "news", "service", "wire", "political", "senior",
    ]

    /// `By NAME[, ROLE]`: "by" and then mostly capitalised words.
    static func isByline(_ text: ArraySlice<UInt8>) -> Bool {
        guard text.count <= 220, text.count >= 4 else { return false }
        // Cheap first look: "by" (or its translation) and a space within the first five bytes.
        guard let space = text.prefix(6).firstIndex(of: 0x20), space - text.startIndex >= 2,
            byBytes.contains(ByteSearch.lowercased(text[text.startIndex..<space]))
        else { return false }
        let w = words(text)
        guard w.count >= 2, w.count <= 25, byWords.contains(w[0].lowercased()) else { return false }
        guard let first = w[1].unicodeScalars.first, first.properties.isUppercase else { return false }
        let named = w.dropFirst().filter { word in
            let bare = word.trimmingPrefixAndSuffixPunctuation
            guard let s = bare.unicodeScalars.first else { return true }
            return s.properties.isUppercase || nameJoiners.contains(bare.lowercased()) || !s.properties.isAlphabetic
        }.count
        return named * 4 >= (w.count - 1) * 3
    }

    private static let dateWords: Set<String> = [
        "posted", "updated", "published", "last", "modified", "created", "on", "at", "am", "pm", "a.m", "p.m", "et",
        "gmt", "bst", "est", "edt", "pst", "pdt", "cst", "cdt", "mst", "mdt", "utc", "cet", "cest", "aest", "aedt",
        "ist", "hkt", "sgt", "jst", "date", "time", "by", "de", "le", "am", "um", "uhr", "el", "il", "op", "publié",
        "publicado", "veröffentlicht", "aktualisiert", "mis", "à", "jour", "the", "of", "|", "-", "–", "—", "/",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed",
        "thu", "thur", "thurs", "fri", "sat", "sun", "montag", "dienstag", "mittwoch", "donnerstag", "freitag",
        "samstag", "sonntag", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "lunes",
        "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "ago", "hour", "hours", "minutes", "minute",
    ]

    /// A line that is a date (with a time, a weekday, `Posted`, a time zone) and little else.
    static func isDateLine(_ text: ArraySlice<UInt8>) -> Bool {
        guard text.count <= 120, DateText.mayHoldDate(text) else { return false }
        let string = String(decoding: text, as: UTF8.self)
        guard let found = DateText().first(in: string) else { return false }
        let scalars = Array(string.unicodeScalars)
        let rest = String(String.UnicodeScalarView(scalars[..<found.range.lowerBound] + scalars[found.range.upperBound...]))
        let others = rest.split(whereSeparator: { !$0.isLetter && $0 != "." }).map { $0.lowercased().trimmingCharacters(".") }
            .filter { !$0.isEmpty && !dateWords.contains($0) }
        return others.count <= 3
    }

    private static let signatureStarts: [String] = [
        "posted by", "posted on", "posted at", "submitted by", "comment by", "written by:", "posted by:", "sent by",
        "reply by", "report this comment", "report abuse", "recommend this comment",
    ]

    /// A reader comment's signature line.
    static func isSignature(_ text: ArraySlice<UInt8>) -> Bool {
        guard text.count <= 200, text.count >= 7 else { return false }
        let first = text[text.startIndex] | 0x20
        guard first == UInt8(ascii: "p") || first == UInt8(ascii: "s") || first == UInt8(ascii: "c") || first == UInt8(ascii: "w")
            || first == UInt8(ascii: "r")
        else { return false }
        let lower = ByteSearch.lowercased(text.prefix(40))
        return signatureBytes.contains { lower.starts(with: $0) }
    }

    private static let signatureBytes: [[UInt8]] = signatureStarts.map { Array($0.utf8) }

    private static let pageWords: Set<String> = [
        "page", "pages", "next", "previous", "prev", "continued", "continue", "more", "of", "back", "top", "|", "»",
        "«", ">", "<", ">>", "<<", "›", "‹", "-", "1", "seite", "weiter", "suivant", "siguiente", "página",
    ]

    /// `Page 1 | 2 | Next »`, `CONTINUED`, `1 2 3 ›`.
    static func isPagination(_ text: ArraySlice<UInt8>) -> Bool {
        // Cheap first look: pagination lines are short and hold no sentence punctuation.
        guard text.count <= 80, !text.contains(0x2C), !text.contains(0x2E) || text.count < 12 else { return false }
        var words = 0
        var start = text.startIndex
        var i = text.startIndex
        while i <= text.endIndex {
            if i == text.endIndex || text[i] == 0x20 || text[i] == 0x0A {
                if i > start {
                    var word = ByteSearch.lowercased(text[start..<i])
                    while let last = word.last, last == 0x3A || last == 0x2E { word.removeLast() }
                    guard word.isEmpty || word.allSatisfy({ $0 &- 0x30 < 10 }) || pageBytes.contains(word) else { return false }
                    words += 1
                    if words > 12 { return false }
                }
                start = i + 1
            }
            i += 1
        }
        return words > 0
    }

    private static let pageBytes: Set<[UInt8]> = Set(pageWords.map { Array($0.utf8) })
}

extension String {
    /// The string without punctuation at either end.
    fileprivate var trimmingPrefixAndSuffixPunctuation: String {
        var s = Substring(self)
        while let f = s.first, !f.isLetter, !f.isNumber { s = s.dropFirst() }
        while let l = s.last, !l.isLetter, !l.isNumber { s = s.dropLast() }
        return String(s)
    }

    fileprivate func trimmingCharacters(_ set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
