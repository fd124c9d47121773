/// How the lines around a headline say which of their dates is the publication date.
extension PublicationDate {
    /// The first node of the `n`th chosen block of prose after `anchor`. Decks, captions, tool
    /// and byline lines come before the story in many layouts and are not its paragraphs.
    static func proseStart(_ n: Int, after anchor: Int32, _ chosen: [Int], _ collector: BlockCollector) -> Int32? {
        var count = 0
        for k in chosen {
            let block = collector.blocks[k]
            guard block.firstNode > anchor, block.words >= 15, block.kind != .heading, block.kind != .listItem else { continue }
            count += 1
            if count == n { return block.firstNode }
        }
        return nil
    }

    /// A date in the middle of a sentence-like line ("… in this May 14, 2025, file photo."):
    /// a caption or a line of the story, however capitalised. A time after the date
    /// ("… 1 Mar 2026 7:40p.m.") does not make it prose.
    static func mentions(_ d: DateText.Found, in line: String, words: Int) -> Bool {
        guard words >= 10, d.range.lowerBound > 2, let last = line.unicodeScalars.last,
            ".!?\"”".unicodeScalars.contains(last)
        else { return false }
        let after = String(String.UnicodeScalarView(line.unicodeScalars.dropFirst(d.range.upperBound)))
        return after.split(whereSeparator: { !$0.isLetter }).filter { $0.count >= 2 }.count >= 2
    }

    private static let boundWords: Set<Substring> = ["since", "until", "till", "from", "before", "after"]

    /// `Since 12th June, 1987`: a line that opens on the bound of a span of time (a site's
    /// founding, an offer's end), not a day of publishing. "Online since …" still counts.
    static func bounds(_ d: DateText.Found, in line: String) -> Bool {
        let before = String(String.UnicodeScalarView(line.unicodeScalars.prefix(d.range.lowerBound))).lowercased()
        let words = before.split(whereSeparator: { !$0.isLetter })
        return words.count == 1 && boundWords.contains(words[0])
    }

    /// What the words before a line's date call it.
    enum Stamp { case published, updated, other }

    private static let updateWords = ["updat", "modif", "revis"].map { Array($0.utf8) }
    private static let publishWords = ["publi", "posted", "created", "launched"].map { Array($0.utf8) }

    static func stamp(_ d: DateText.Found, in line: String) -> Stamp {
        let before = ByteSearch.lowercased(String(String.UnicodeScalarView(line.unicodeScalars.prefix(d.range.lowerBound))).utf8)
        if updateWords.contains(where: { ByteSearch.contains($0, in: before) }) { return .updated }
        if publishWords.contains(where: { ByteSearch.contains($0, in: before) }) { return .published }
        return .other
    }

    /// When the chosen line is an update stamp ("Updated at: 03/05/2026"), the publication stamp
    /// printed beside it ("Posted at: 03/02/2026"), if any: the story first appeared then.
    static func published(insteadOf d: DateText.Found, at k: Int, _ lines: [PageLines.Line], _ reader: DateText)
        -> (Int, DateText.Found)?
    {
        guard stamp(d, in: lines[k].text) == .updated else { return nil }
        for j in max(0, k - 3)...min(lines.count - 1, k + 3) where j != k {
            if let other = candidate(lines[j], reader), stamp(other, in: lines[j].text) == .published { return (j, other) }
        }
        return nil
    }

    /// A stamp closing the article ("Last Updated: March 5, 2026 18:05 EST", "Published …")
    /// on the chosen text's last block or one of the few lines after it, for pages that print no
    /// date near the headline. "Posted by …" lines there sign reader comments and do not count.
    static func footStamp(after last: Int32, _ document: HTMLDocument, _ reader: DateText) -> DateText.Found? {
        let lines = PageLines.collect(document, from: last, to: Int32(document.nodes.count), maxLines: 5)
        for line in lines where LineShapes.isDateLine(line.bytes[...]) && !LineShapes.isSignature(line.bytes[...]) {
            guard let d = candidate(line, reader), stamp(d, in: line.text) != .other else { continue }
            return d
        }
        return nil
    }
}
