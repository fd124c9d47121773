/// Removes, inside the chosen content, the containers that are not article text: Readability's
/// "clean conditionally" (link-heavy boxes, image galleries without prose, forms, short
/// fragments named like furniture), and then single blocks that are link lists, bylines,
/// datelines or the headline repeated.
struct ContentCleaner {
    let selector: ContentSelector

    private var document: HTMLDocument { selector.document }
    private var collector: BlockCollector { selector.collector }

    /// Whether each node is kept: inside one of `roots` and not in a removed container.
    func keptNodes(roots: [Int32]) -> [Bool] {
        let nodes = document.nodes
        var isRoot = [Bool](repeating: false, count: nodes.count)
        for r in roots { isRoot[Int(r)] = true }
        var kept = [Bool](repeating: false, count: nodes.count)
        kept[0] = isRoot[0]
        var inFigure = [Bool](repeating: false, count: nodes.count)
        for i in 1..<nodes.count {
            let node = nodes[i]
            let p = Int(node.parent)
            inFigure[i] = inFigure[p] || node.tag == .figure
            guard isRoot[i] || kept[p], !collector.dropped[i] else { continue }
            if !isRoot[i], !node.isText, removes(Int32(i), inFigure: inFigure[i]) { continue }
            kept[i] = true
        }
        return kept
    }

    private static let conditional: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for name in ["div", "ul", "ol", "table", "section", "form", "fieldset", "dl", "center", "aside", "footer", "header"] {
            table[Int(HTMLTag.named(name).rawValue)] = true
        }
        return table
    }()

    private func removes(_ i: Int32, inFigure: Bool) -> Bool {
        let node = document.nodes[Int(i)]
        guard ContentCleaner.conditional[Int(node.tag.rawValue)] else { return false }
        let weight = selector.classWeight(i)
        let s = selector.scored[Int(i)] ? selector.score[Int(i)] : 0
        // Named as furniture and scoring below nothing (a list's own tag weight is no reason).
        if weight < 0, weight + s < 0 { return true }
        let chars = selector.chars[Int(i)]
        guard selector.commas[Int(i)] < 10 else { return false }
        let p = Float(selector.paragraphs[Int(i)])
        let img = Float(collector.images[Int(i)])
        let input = Float(collector.inputs[Int(i)])
        let isList = node.tag == .ul || node.tag == .ol
        let density = selector.linkDensity(i)
        if img > 1, p / img < 0.5, !inFigure, chars < 200 { return true }
        if input >= 2, input > (p / 3).rounded(.down) { return true }
        if !isList, chars < 25, img == 0 || img > 2, !inFigure, chars > 0 { return false }
        let limit: Float = isList ? 0.5 : 0.33
        if weight < 25, chars < 1500, density > limit { return true }
        if weight >= 25, density > 0.5 { return true }
        return false
    }
}
