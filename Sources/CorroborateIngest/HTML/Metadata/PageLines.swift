/// The visible text of a stretch of a page, line by line (a new line at every block element
/// and `<br>`), dropped furniture included: what a reader sees around the headline.
enum PageLines {
    struct Line {
        var node: Int32
        var text: String
    }

    /// Lines of the nodes `from ..< to` (document order).
    static func collect(_ document: HTMLDocument, from: Int32, to: Int32) -> [Line] {
        var lines: [Line] = []
        var current: [UInt8] = []
        var node: Int32 = from
        func finish() {
            let text = MetadataReader.clean(String(decoding: current, as: UTF8.self))
            if !text.isEmpty { lines.append(Line(node: node, text: text)) }
            current.removeAll(keepingCapacity: true)
        }
        let nodes = document.nodes
        var i = Int(max(1, from))
        document.bytes.withUnsafeBufferPointer { b in
            while i < Int(to), i < nodes.count {
                let n = nodes[i]
                if n.isText {
                    let parent = nodes[Int(n.parent)].tag
                    if n.flags & HTMLNode.raw == 0, parent != .title, parent != .textarea, parent != .option {
                        if current.isEmpty { node = Int32(i) }
                        current.append(0x20)
                        HTMLDocument.appendDecoded(b, Int(n.start), Int(n.end), inAttribute: false, to: &current)
                    }
                } else if n.tag.isBlock || n.tag == .br {
                    finish()
                }
                i += 1
            }
        }
        finish()
        return lines
    }
}
