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

    /// - Parameters:
    ///   - document: The parsed page.
    ///   - title: The page's headline, when known, so that its copy at the top of the body is left out.
    func extract(_ collector: BlockCollector, title: [UInt8]? = nil) -> Result {
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
        let chosenChars = chosen.reduce(0) { $0 + collector.blocks[$1].chars }
        // Too little for an article: read the page paragraph by paragraph instead.
        if chosenChars < 250 {
            let fallback = filter(
                collector.blocks.indices.filter { collector.blocks[$0].linkDensity < 0.33 && collector.blocks[$0].words >= 8 },
                collector)
            let fallbackChars = fallback.reduce(0) { $0 + collector.blocks[$1].chars }
            if fallbackChars > chosenChars * 2 { chosen = fallback }
        }
        chosen = dropHeadline(chosen, collector, title: title)
        var result = assemble(chosen, collector)
        result.chosen = chosen
        return result
    }

    /// Readers' comments often sit in the article's own container with nothing in the markup
    /// to tell them apart; a comments anchor or a "Comments" line after a good length of
    /// article text marks where the article ends.
    private func cutComments(_ chosen: [Int], _ c: BlockCollector) -> [Int] {
        var marks = c.commentMarks
        for i in chosen where c.blocks[i].words <= 8 && CommentPhrases.opensComments(c.text[c.blocks[i].start..<c.blocks[i].end]) {
            marks.append(i)
        }
        marks.sort()
        for mark in marks {
            var before = 0
            for i in chosen where i < mark { before += c.blocks[i].chars }
            if before >= 400 { return chosen.filter { $0 < mark } }
        }
        return chosen
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
            if own == key || (own.count >= 16 && key.firstRange(of: own) != nil) || (key.count >= 16 && own.firstRange(of: key) != nil) {
                result.remove(at: position)
                break
            }
        }
        return result
    }

    static func letters(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        bytes.compactMap { b in BlockCollector.isWordByte(b) ? (b &- 0x41 < 26 ? b | 0x20 : b) : nil }
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
