/// Chooses the page's main content among the collected blocks, in the manner of Readability:
/// paragraphs give points to their containers (their commas and length), containers lose what
/// links take up and gain or lose by their names, the best container wins, and its siblings
/// join when they score close to it or read like paragraphs.
struct ContentSelector {
    let document: HTMLDocument
    let collector: BlockCollector

    /// Per node: letters and digits of kept text in the subtree, and those inside links.
    private(set) var chars: [Int32]
    private(set) var linkChars: [Int32]
    /// Per node: paragraphs and list items among the kept blocks.
    private(set) var paragraphs: [Int32]
    private(set) var items: [Int32]
    private(set) var commas: [Int32]
    private(set) var score: [Float]
    private(set) var scored: [Bool]
    /// Per node: the last block inside it, or -1.
    private(set) var lastBlock: [Int32]

    init(_ collector: BlockCollector) {
        self.collector = collector
        document = collector.document
        let n = document.nodes.count
        chars = [Int32](repeating: 0, count: n)
        linkChars = [Int32](repeating: 0, count: n)
        paragraphs = [Int32](repeating: 0, count: n)
        items = [Int32](repeating: 0, count: n)
        commas = [Int32](repeating: 0, count: n)
        score = [Float](repeating: 0, count: n)
        scored = [Bool](repeating: false, count: n)
        lastBlock = [Int32](repeating: -1, count: n)
    }

    func linkDensity(_ i: Int32) -> Float {
        chars[Int(i)] > 0 ? Float(linkChars[Int(i)]) / Float(chars[Int(i)]) : 0
    }

    /// Readability's class weight: names that say "content" gain, names that say "furniture" lose.
    func classWeight(_ i: Int32) -> Float {
        let bits = collector.names[Int(i)]
        var w: Float = 0
        if bits & (BoilerplateNames.positive | BoilerplateNames.strongPositive) != 0 { w += 25 }
        if bits & (BoilerplateNames.furniture | BoilerplateNames.weakNegative | BoilerplateNames.meta | BoilerplateNames.byline) != 0 { w -= 25 }
        return w
    }

    private func tagWeight(_ tag: HTMLTag) -> Float {
        switch tag {
        case .div, .article, .main, .section: return 5
        case .pre, .td, .blockquote: return 3
        case .address, .ol, .ul, .dl, .dd, .dt, .li, .form: return -3
        case .h1, .h2, .h3, .h4, .h5, .h6, .th: return -5
        default: return 0
        }
    }

    // MARK: - Scoring

    mutating func scoreBlocks() {
        let nodes = document.nodes
        for (k, block) in collector.blocks.enumerated() {
            var i = block.owner
            let isItem = block.kind == .listItem
            while i >= 0 {
                lastBlock[Int(i)] = Int32(k)
                chars[Int(i)] += Int32(block.chars)
                linkChars[Int(i)] += Int32(block.linkChars)
                commas[Int(i)] += Int32(block.commas)
                if isItem { items[Int(i)] += 1 } else if block.kind == .paragraph { paragraphs[Int(i)] += 1 }
                i = nodes[Int(i)].parent
            }
        }
        for block in collector.blocks where block.chars >= 20 && block.kind != .heading {
            var value: Float = 1 + Float(block.commas) + Float(min(block.chars / 80, 3))
            // Link-heavy lines (menus, lists of headlines) give their containers nothing.
            if block.linkDensity > 0.5 { continue }
            if block.kind == .listItem, block.stops == 0 { value *= 0.5 }
            let ownerTag = nodes[Int(block.owner)].tag
            var candidate: Int32
            switch ownerTag {
            case .p, .pre, .li, .dd, .dt, .h1, .h2, .h3, .h4, .h5, .h6, .blockquote, .figcaption:
                candidate = nodes[Int(block.owner)].parent
            default:
                candidate = block.owner
            }
            var level = 0
            // The root stands for `body`: the parser makes no node for it.
            while candidate >= 0, level < 5 {
                if !scored[Int(candidate)] {
                    scored[Int(candidate)] = true
                    score[Int(candidate)] = tagWeight(nodes[Int(candidate)].tag) + classWeight(candidate)
                }
                let divider: Float = level == 0 ? 1 : (level == 1 ? 2 : Float(level) * 3)
                score[Int(candidate)] += value / divider
                candidate = nodes[Int(candidate)].parent
                level += 1
            }
        }
    }

    /// The best container, after link density; nil when nothing scored.
    func topCandidates(_ count: Int) -> [(node: Int32, score: Float)] {
        var top: [(node: Int32, score: Float)] = []
        for i in 0..<score.count where scored[i] {
            let s = score[i] * (1 - linkDensity(Int32(i)))
            if top.count < count || s > top[top.count - 1].score {
                top.append((Int32(i), s))
                top.sort { $0.score > $1.score }
                if top.count > count { top.removeLast() }
            }
        }
        return top
    }

    func finalScore(_ i: Int32) -> Float { scored[Int(i)] ? score[Int(i)] * (1 - linkDensity(i)) : 0 }

    /// The main content's root elements: the best container (moved up while its ancestors hold
    /// the other good candidates), plus siblings that belong with it.
    func select() -> [Int32] {
        let nodes = document.nodes
        let top = topCandidates(5)
        guard var best = top.first?.node, let bestScore = top.first?.score, bestScore > 0 else { return [] }

        // When several strong candidates share an ancestor, the article is split across them.
        var alternatives: [Int32] = top.dropFirst().filter { $0.score >= bestScore * 0.75 }.map(\.node)
        if alternatives.count >= 2 {
            var ancestor = nodes[Int(best)].parent
            while ancestor > 0 {
                let holding = alternatives.filter { isAncestor(ancestor, of: $0) }.count
                if holding >= 2 {
                    best = ancestor
                    break
                }
                ancestor = nodes[Int(ancestor)].parent
            }
            alternatives.removeAll()
        }
        // Inline elements (a `span` around paragraphs) do not own the text before their first
        // paragraph; the nearest block does.
        while best > 0, !nodes[Int(best)].tag.isBlock, nodes[Int(best)].parent > 0 { best = nodes[Int(best)].parent }
        // Climb while the parent scores better, or when the parent holds nothing else.
        var lastScore = finalScore(best)
        var parent = nodes[Int(best)].parent
        while parent > 0 {
            let s = finalScore(parent)
            if chars[Int(parent)] == chars[Int(best)] {
                best = parent
            } else if scored[Int(parent)], s > lastScore, s >= bestScore / 3 {
                best = parent
                lastScore = s
            } else {
                break
            }
            parent = nodes[Int(best)].parent
        }

        var roots: [Int32] = [best]
        let topScore = max(finalScore(best), bestScore)
        // Table cells beside the best one are other columns of the layout: they must come close.
        let columns = nodes[Int(best)].tag == .td || nodes[Int(best)].tag == .th
        let threshold = max(10, topScore * (columns ? 0.6 : 0.2))
        let p = nodes[Int(best)].parent
        guard p >= 0 else { return roots }
        let bestClass = document.attribute("class", of: best)
        for sibling in document.children(p) where sibling != best && !nodes[Int(sibling)].isText {
            guard !collector.dropped[Int(sibling)], chars[Int(sibling)] > 0 else { continue }
            var s = finalScore(sibling)
            if let bestClass, !bestClass.isEmpty, document.attribute("class", of: sibling) == bestClass { s += topScore * 0.2 }
            if s >= threshold {
                roots.append(sibling)
                continue
            }
            let tag = nodes[Int(sibling)].tag
            if tag == .p || tag == .unknown || tag == .div && paragraphs[Int(sibling)] == 0 {
                let length = chars[Int(sibling)]
                let density = linkDensity(sibling)
                if length > 80, density < 0.25 {
                    roots.append(sibling)
                } else if length > 0, length <= 80, density == 0, endsSentence(sibling) {
                    roots.append(sibling)
                }
            }
        }
        return roots.sorted()
    }

    private func endsSentence(_ i: Int32) -> Bool {
        let k = Int(lastBlock[Int(i)])
        guard k >= 0 else { return false }
        let block = collector.blocks[k]
        return block.end > block.start && [0x2E, 0x21, 0x3F].contains(collector.text[block.end - 1])
    }

    func isAncestor(_ a: Int32, of b: Int32) -> Bool {
        var i = b
        while i >= 0 {
            if i == a { return true }
            i = document.nodes[Int(i)].parent
        }
        return false
    }
}
