/// Where each outlet says a place lies: `the Tallow region in Norway`, `Tallow, Norway`,
/// `Sweden's Tallow region`. Two independent outlets that put one place in different
/// countries disagree on a fact readers care about (whose territory a battle is on), even
/// when every other word of theirs agrees.
struct PlaceContainers {
    let analyses: [ArticleAnalysis]
    let links: [[Int]]
    let entities: [Entity]
    let sources: StorySources

    /// One outlet's placing of a place.
    struct Placing {
        var article: Int
        /// The words that place it (`Kessel district in Ostria`).
        var span: Span
        var container: Int
        /// How it reads: `in Ostria`, `Ostria's`.
        var words: String
    }

    func comparisons(for story: [Int]) -> [Comparison] {
        var byPlace: [Int: [Placing]] = [:]
        var order: [Int] = []
        for a in story {
            for (place, placing) in placings(in: a) {
                if byPlace[place] == nil { order.append(place) }
                byPlace[place, default: []].append(placing)
            }
        }
        var out: [Comparison] = []
        for place in order {
            guard let placings = byPlace[place] else { continue }
            // An article that itself gives two containers is not taken as either's side.
            var containersOf: [Int: Set<Int>] = [:]
            for p in placings { containersOf[p.article, default: []].insert(p.container) }
            let firm = placings.filter { containersOf[$0.article]?.count == 1 }
            var bySource: [Int: Placing] = [:]
            var containerSources: [Int: Set<Int>] = [:]
            for p in firm {
                let source = sources.source(of: p.article)
                if bySource[source] == nil { bySource[source] = p }
                containerSources[p.container, default: []].insert(source)
            }
            guard containerSources.count > 1 else { continue }
            // Sides in story order, one item per source.
            var items: [Placing] = []
            var seenSources: Set<Int> = []
            for p in firm where seenSources.insert(sources.source(of: p.article)).inserted { items.append(p) }
            let name = entities[place].name
            let sides = containerSources.keys.sorted().map { entities[$0].name }
            out.append(Comparison(
                kind: .conflict, aspect: .place, topic: "where \(name) lies",
                items: items.map {
                    ComparisonItem(article: $0.article, span: $0.span, value: $0.words, copies: sources.copies(of: $0.article))
                },
                note: "Outlets place \(name) in different countries: " + sides.joined(separator: " vs ") + "."))
        }
        return out
    }

    /// The places article `a` puts inside a country, by global entity id.
    func placings(in a: Int) -> [(Int, Placing)] {
        let analysis = analyses[a]
        let text = Array(analysis.article.text.utf8)
        let mentions = analysis.mentions.sorted { $0.span.start < $1.span.start }
        var out: [(Int, Placing)] = []
        for i in mentions.indices.dropLast() {
            let first = mentions[i]
            let second = mentions[i + 1]
            guard first.type == .place, second.type == .place, let g1 = global(first, a), let g2 = global(second, a), g1 != g2,
                second.span.start >= first.span.end
            else { continue }
            let between = text[first.span.end..<second.span.start]
            if PlaceContainers.isPossessive(between), isCountry(g1) {
                // `Ostria's Kessel district`: the container comes first.
                let end = PlaceContainers.extendOverKind(text, second.span.end)
                out.append((g2, Placing(
                    article: a, span: Span(first.span.start, end), container: g1, words: entities[g1].name + "'s")))
            } else if PlaceContainers.isInside(between), isCountry(g2) {
                out.append((g1, Placing(
                    article: a, span: Span(first.span.start, second.span.end), container: g2, words: "in " + entities[g2].name)))
            }
        }
        return out
    }

    private func global(_ m: EntityMention, _ a: Int) -> Int? {
        links[a].indices.contains(m.entity) ? links[a][m.entity] : nil
    }

    private func isCountry(_ g: Int) -> Bool {
        guard let last = entities[g].name.split(separator: " ").last else { return false }
        return Lexicons.words[last.lowercased()]?.contains(.country) == true
    }

    /// `'s ` or `’s ` alone between two names.
    static func isPossessive(_ between: ArraySlice<UInt8>) -> Bool {
        let b = Array(between)
        if b == Array("'s ".utf8) || b == Array("’s ".utf8) { return true }
        return false
    }

    /// `, ` or up to two lowercase words (`region`, `border area`) then `in` or `of`, with an
    /// optional `the`: `Kessel district in `, `Kessel, `.
    static func isInside(_ between: ArraySlice<UInt8>) -> Bool {
        let b = Array(between)
        if b == Array(", ".utf8) { return true }
        let words = b.split(separator: 0x20)
        guard b.first == 0x20, b.last == 0x20, !words.isEmpty, words.count <= 4 else { return false }
        guard words.allSatisfy({ $0.allSatisfy { $0 &- 97 < 26 || $0 == 0x2D } }) else { return false }
        var w = words.map { String(decoding: $0, as: UTF8.self) }
        if w.last == "the" { w.removeLast() }
        guard let preposition = w.last, preposition == "in" || preposition == "of" else { return false }
        return w.count - 1 <= 2
    }

    /// Past a place's kind word after its name (`Kessel` → `Kessel district`), so the span
    /// quotes the place as the outlet named it.
    static func extendOverKind(_ text: [UInt8], _ end: Int) -> Int {
        var i = end
        guard i < text.count, text[i] == 0x20 else { return end }
        i += 1
        let s = i
        while i < text.count, text[i] &- 97 < 26 { i += 1 }
        let word = String(decoding: text[s..<i], as: UTF8.self)
        return Lexicons.words[word]?.contains(.placeWord) == true ? i : end
    }
}
