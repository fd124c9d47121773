/// The visible text of a stretch of a page, line by line (a new line at every block element,
/// its end, and `<br>`), dropped furniture included: what a reader sees around the headline.
enum PageLines {
    struct Line {
        var node: Int32
        /// The line's UTF-8, whitespace collapsed.
        var bytes: [UInt8]
        var text: String { String(decoding: bytes, as: UTF8.self) }
        var words: Int { bytes.isEmpty ? 0 : bytes.reduce(1) { $0 + ($1 == 0x20 ? 1 : 0) } }
    }

    /// Lines of the nodes `from ..< to` (document order), no more than `maxLines`.
    static func collect(_ document: HTMLDocument, from: Int32, to: Int32, maxLines: Int = .max) -> [Line] {
        var lines: [Line] = []
        var current: [UInt8] = []
        var raw: [UInt8] = []
        var node: Int32 = from
        func finish() {
            // Collapse whitespace (and no-break spaces) to single spaces, trimmed.
            var out: [UInt8] = []
            out.reserveCapacity(current.count)
            var space = false
            var i = 0
            while i < current.count {
                let c = current[i]
                if c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D || c == 0x0C || (c == 0xC2 && i + 1 < current.count && current[i + 1] == 0xA0) {
                    space = true
                    i += c == 0xC2 ? 2 : 1
                    continue
                }
                if space, !out.isEmpty { out.append(0x20) }
                space = false
                out.append(c)
                i += 1
            }
            if !out.isEmpty { lines.append(Line(node: node, bytes: out)) }
            current.removeAll(keepingCapacity: true)
        }
        let nodes = document.nodes
        var i = Int(max(1, from))
        var block: Int32 = -1
        document.bytes.withUnsafeBufferPointer { b in
            while i < Int(to), i < nodes.count, lines.count < maxLines {
                let n = nodes[i]
                if n.isText {
                    let parent = nodes[Int(n.parent)].tag
                    if n.flags & HTMLNode.raw == 0, parent != .title, parent != .textarea, parent != .option {
                        // Text after a closed block (`<p>…</p> Last updated …`) starts a line too.
                        var holder = n.parent
                        while holder > 0, !nodes[Int(holder)].tag.isBlock { holder = nodes[Int(holder)].parent }
                        if holder != block {
                            finish()
                            block = holder
                        }
                        if current.isEmpty { node = Int32(i) }
                        current.append(0x20)
                        if n.flags & HTMLNode.needsDecoding != 0 {
                            raw.removeAll(keepingCapacity: true)
                            HTMLDocument.appendDecoded(b, Int(n.start), Int(n.end), inAttribute: false, to: &raw)
                            current.append(contentsOf: raw)
                        } else {
                            current.append(contentsOf: UnsafeBufferPointer(rebasing: b[Int(n.start)..<Int(n.end)]))
                        }
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
