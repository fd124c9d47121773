/// The main text of a page: the chosen content's blocks, cleaned, joined one paragraph per
/// blank line, with figure captions marked.
struct ArticleExtractor {
    /// What the extractor kept.
    struct Result {
        var text: [UInt8] = []
        /// Byte ranges of captions in `text`.
        var captions: [Range<Int>] = []
        var blocks: Int = 0
        /// Indices of the kept blocks in the collector.
        var chosen: [Int] = []
    }

    /// The blocks of the main content, before the headline is known.
    struct Choice {
        var chosen: [Int]
        /// The declared body replaces the blocks (nothing of it in the markup).
        var fromBody: [UInt8]?
        /// The first text node of the content, where the article starts.
        var start: Int32?
    }

    /// Chooses the main content's blocks.
    ///
    /// - Parameter articleBody: The JSON-LD `articleBody`, when the page declares one, to check the choice against.
    func choose(_ collector: BlockCollector, articleBody: String? = nil) -> Choice {
        var selector = ContentSelector(collector)
        selector.scoreBlocks()
        let roots = selector.select()
        let cleaner = ContentCleaner(selector: selector)
        var chosen: [Int] = []
        if !roots.isEmpty {
            let kept = cleaner.keptNodes(roots: roots)
            for (index, block) in collector.blocks.enumerated() where kept[Int(block.owner)] {
                chosen.append(index)
            }
        }
        chosen = filter(chosen, collector)
        chosen = cutComments(chosen, collector)
        chosen = trimEdges(chosen, collector)
        let chosenChars = chosen.reduce(0) { $0 + collector.blocks[$1].chars }
        // Too little for an article: read the page paragraph by paragraph instead.
        if chosenChars < 250 {
            let fallback = filter(
                collector.blocks.indices.filter { collector.blocks[$0].linkDensity < 0.33 && collector.blocks[$0].words >= 8 },
                collector)
            let fallbackChars = fallback.reduce(0) { $0 + collector.blocks[$1].chars }
            if fallbackChars > chosenChars * 2 { chosen = fallback }
        }
        // A page too small to score (a notice, a stub): its visible text, links aside.
        if chosen.isEmpty {
            chosen = collector.blocks.indices.filter { collector.blocks[$0].linkDensity <= 0.5 }
        }
        var fromBody: [UInt8]? = nil
        if let check = ArticleBodyCheck(articleBody) {
            chosen = check.check(chosen, collector)
            // Nothing of the declared body in the page's markup (rendered by scripts): the
            // declared body is the text.
            if check.recall(chosen, collector) < 0.3, check.wordCount >= 80, let body = articleBody {
                fromBody = Array(body.utf8)
            }
        }
        return Choice(chosen: chosen, fromBody: fromBody, start: chosen.first.map { collector.blocks[$0].firstNode })
    }

    /// The text of the chosen blocks, without the headline printed again at their top.
    ///
    /// - Parameter title: The page's headline, when known.
    func finish(_ choice: Choice, _ collector: BlockCollector, title: [UInt8]? = nil) -> Result {
        if let body = choice.fromBody {
            var result = Result()
            result.text = ArticleExtractor.paragraphs(body)
            return result
        }
        let chosen = dropHeadline(choice.chosen, collector, title: title)
        var result = assemble(chosen, collector)
        result.chosen = chosen
        return result
    }

    /// Both steps at once.
    func extract(_ collector: BlockCollector, title: [UInt8]? = nil, articleBody: String? = nil) -> Result {
        finish(choose(collector, articleBody: articleBody), collector, title: title)
    }

    /// Readers' comments often sit in the article's own container with nothing in the markup
    /// to tell them apart; a comments anchor, a "Comments" line or a comment signature after a
    /// good length of article text marks where the article ends — unless the article's
    /// paragraphs carry on after it in the same container (an inline "have your say" box).
    private func cutComments(_ chosen: [Int], _ c: BlockCollector) -> [Int] {
        var marks = c.commentMarks
        var counts: Set<Int> = []
        for i in chosen where c.blocks[i].words <= 25 {
            let text = c.text[c.blocks[i].start..<c.blocks[i].end]
            if LineShapes.isSignature(text) {
                marks.append(i)
                continue
            }
            guard c.blocks[i].words <= 8, CommentPhrases.opensComments(text) else { continue }
            marks.append(i)
            // "Comments (12)" may be a count printed by the byline, not a section title.
            if text.contains(where: { $0 &- 0x30 < 10 }) { counts.insert(i) }
        }
        marks.sort()
        // Characters of the chosen blocks before each position, for every mark in one pass.
        var prefix = [0]
        prefix.reserveCapacity(chosen.count + 1)
        for i in chosen { prefix.append(prefix[prefix.count - 1] + c.blocks[i].chars) }
        let total = prefix[prefix.count - 1]
        func firstChosen(atOrAfter block: Int) -> Int {
            var lo = 0, hi = chosen.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if chosen[mid] < block { lo = mid + 1 } else { hi = mid }
            }
            return lo
        }
        for mark in marks.prefix(64) {
            let k = firstChosen(atOrAfter: mark)
            let before = prefix[k]
            guard before >= 400, !counts.contains(mark) || before * 2 > total, k > 0 else { continue }
            let last = chosen[k - 1]
            let rest = chosen[k...].drop { $0 == mark }
            let after = rest.first { !isMarker($0, c) }
            let signed = rest.prefix(6).contains { hasSignatureLine(c.blocks[$0], c) }
            if let after, !signed, sameStructure(c.blocks[last], c.blocks[after], c) { continue }
            return chosen.filter { $0 < mark }
        }
        return chosen
    }

    /// A block with a comment signature on one of its lines.
    private func hasSignatureLine(_ b: TextBlock, _ c: BlockCollector) -> Bool {
        var s = b.start
        while s < b.end {
            var e = s
            while e < b.end, c.text[e] != 0x0A { e += 1 }
            if LineShapes.isSignature(c.text[s..<e]) { return true }
            s = e + 1
        }
        return false
    }

    private func isMarker(_ i: Int, _ c: BlockCollector) -> Bool {
        let text = c.text[c.blocks[i].start..<c.blocks[i].end]
        return c.blocks[i].words <= 8 && CommentPhrases.opensComments(text)
    }

    /// Two blocks laid out alike: same kind, in the same container.
    private func sameStructure(_ a: TextBlock, _ b: TextBlock, _ c: BlockCollector) -> Bool {
        a.kind == b.kind && container(a, c) == container(b, c)
    }

    private func container(_ b: TextBlock, _ c: BlockCollector) -> Int32 {
        let node = c.document.nodes[Int(b.owner)]
        switch node.tag {
        case .p, .pre, .li, .dd, .dt, .h1, .h2, .h3, .h4, .h5, .h6, .blockquote, .figcaption: return node.parent
        default: return b.owner
        }
    }

    /// Lines before the first paragraph and after the last that are not prose: section
    /// labels, credits, "Page 1 of 2", related headlines.
    private func trimEdges(_ chosen: [Int], _ c: BlockCollector) -> [Int] {
        func prose(_ i: Int) -> Bool {
            let b = c.blocks[i]
            if b.words >= 25 || b.kind == .caption { return true }
            if b.linkDensity > 0.3 { return false }
            // A sentence: eight words with a stop, or six that end as a sentence ends.
            let last = c.text[b.end - 1]
            return b.words >= 8 && b.stops > 0 || b.words >= 6 && (last == 0x2E || last == 0x21 || last == 0x3F || last == 0x22)
        }
        // A page of short lines only (a notice, a fixture): nothing to tell prose by.
        guard chosen.contains(where: prose) else { return chosen }
        var s = 0, e = chosen.count
        while s < e, !prose(chosen[s]), c.blocks[chosen[s]].kind != .heading || c.blocks[chosen[s]].words < 4 { s += 1 }
        // Tables at the end (scores, results) are data, not furniture.
        while e > s, !prose(chosen[e - 1]), c.blocks[chosen[e - 1]].kind != .cell || c.blocks[chosen[e - 1]].linkDensity > 0.3 { e -= 1 }
        return Array(chosen[s..<e])
    }

    /// Drops link lists, and bylines and dates named as such.
    private func filter(_ chosen: [Int], _ c: BlockCollector) -> [Int] {
        chosen.filter { i in
            let b = c.blocks[i]
            if b.linkDensity > 0.5, b.kind != .heading || b.linkDensity > 0.9 { return false }
            if b.names & (BoilerplateNames.byline | BoilerplateNames.date | BoilerplateNames.meta) != 0, b.words < 20,
                b.names & BoilerplateNames.strongPositive == 0 || b.words < 8
            {
                return false
            }
            if b.words <= 25, b.kind != .heading {
                let text = c.text[b.start..<b.end]
                if LineShapes.isByline(text) || LineShapes.isPagination(text) { return false }
                if b.words <= 14, LineShapes.isDateLine(text) { return false }
            }
            return true
        }
    }

    /// The headline printed again at the top of the body.
    private func dropHeadline(_ chosen: [Int], _ c: BlockCollector, title: [UInt8]?) -> [Int] {
        guard let title, !title.isEmpty else { return chosen }
        let key = ArticleExtractor.letters(title[...])
        guard key.count >= 8 else { return chosen }
        var result = chosen
        for (position, i) in chosen.prefix(4).enumerated() {
            let b = c.blocks[i]
            guard b.kind == .heading || b.words <= 30 else { continue }
            let own = ArticleExtractor.letters(c.text[b.start..<b.end])
            if own == key || (own.count >= 16 && ByteSearch.contains(own, in: key)) || (key.count >= 16 && ByteSearch.contains(key, in: own)) {
                result.remove(at: position)
                break
            }
        }
        return result
    }

    /// Plain text split into paragraphs at line breaks, whitespace collapsed.
    static func paragraphs(_ text: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        var space = false
        var lineBreak = false
        for b in text {
            if b == 0x0A || b == 0x0D {
                lineBreak = true
            } else if b == 0x20 || b == 0x09 {
                space = true
            } else {
                if !out.isEmpty {
                    if lineBreak { out.append(contentsOf: [0x0A, 0x0A]) } else if space { out.append(0x20) }
                }
                space = false
                lineBreak = false
                out.append(b)
            }
        }
        return out
    }

    /// Letters and digits (every byte of non-ASCII characters), ASCII case folded.
    static func letters(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        bytes.compactMap { b in BlockCollector.isWordByte(b) || b >= 0x80 ? (b &- 0x41 < 26 ? b | 0x20 : b) : nil }
    }

    private func assemble(_ chosen: [Int], _ c: BlockCollector) -> Result {
        var result = Result()
        result.blocks = chosen.count
        var previous: TextBlock? = nil
        for i in chosen {
            let b = c.blocks[i]
            if let previous {
                let sameList = previous.kind == .listItem && b.kind == .listItem
                result.text.append(0x0A)
                if !sameList { result.text.append(0x0A) }
            }
            let start = result.text.count
            result.text.append(contentsOf: c.text[b.start..<b.end])
            if b.kind == .caption { result.captions.append(start..<result.text.count) }
            previous = b
        }
        return result
    }
}
