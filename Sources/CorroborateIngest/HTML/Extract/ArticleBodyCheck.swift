/// Checks the extracted blocks against the JSON-LD `articleBody` a page declares: when the
/// extraction misses much of the declared body, the blocks that the body contains are taken
/// instead; when the declared body is complete, blocks it does not contain (promotions, link
/// lines) are dropped. Captions stay either way, since publishers leave them out of
/// `articleBody`.
struct ArticleBodyCheck {
    private let words: Set<Int>
    let wordCount: Int

    init?(_ body: String?) {
        guard let body else { return nil }
        var set: Set<Int> = []
        var count = 0
        ArticleBodyCheck.forEachWord(Array(body.utf8)[...]) { set.insert($0); count += 1 }
        guard count >= 30 else { return nil }
        words = set
        wordCount = count
    }

    /// Calls `body` with a hash of each word (letters and digits, ASCII case folded).
    static func forEachWord(_ bytes: ArraySlice<UInt8>, _ body: (Int) -> Void) {
        var h = 0
        var inWord = false
        for b in bytes {
            if BlockCollector.isWordByte(b) || (b >= 0x80 && b < 0xC0 && inWord) {
                h = h &* 31 &+ Int(b &- 0x41 < 26 ? b | 0x20 : b)
                inWord = true
            } else if inWord {
                body(h)
                h = 0
                inWord = false
            }
        }
        if inWord { body(h) }
    }

    /// The share of a block's words that the declared body contains.
    func coverage(_ b: TextBlock, _ c: BlockCollector) -> Double {
        var inside = 0, total = 0
        ArticleBodyCheck.forEachWord(c.text[b.start..<b.end]) { w in
            total += 1
            if words.contains(w) { inside += 1 }
        }
        return total > 0 ? Double(inside) / Double(total) : 0
    }

    /// The share of the declared body's distinct words found in the blocks.
    func recall(_ chosen: [Int], _ c: BlockCollector) -> Double {
        var found: Set<Int> = []
        for i in chosen {
            ArticleBodyCheck.forEachWord(c.text[c.blocks[i].start..<c.blocks[i].end]) { w in
                if words.contains(w) { found.insert(w) }
            }
        }
        return words.isEmpty ? 0 : Double(found.count) / Double(words.count)
    }

    /// The blocks to keep, given the extractor's choice.
    func check(_ chosen: [Int], _ c: BlockCollector) -> [Int] {
        var result = chosen
        let r = recall(chosen, c)
        if r < 0.7 {
            let alternative = c.blocks.indices.filter { i in
                let b = c.blocks[i]
                return b.kind == .caption ? false : (b.words >= 3 || b.kind == .heading) && coverage(b, c) >= 0.7
            }
            if recall(alternative, c) > r + 0.1 { result = alternative }
        }
        // A body that covers the extraction is complete: what it lacks is furniture.
        if recall(result, c) >= 0.8 {
            result = result.filter { i in
                let b = c.blocks[i]
                return b.kind == .caption || b.kind == .heading || b.words < 5 || coverage(b, c) >= 0.3
            }
        }
        return result
    }
}
