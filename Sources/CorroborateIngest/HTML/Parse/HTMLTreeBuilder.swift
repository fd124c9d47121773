/// Builds the node tree from tokens with the parts of the specification's tree construction
/// that shape real pages: void elements, raw text, paragraphs closed by blocks, list items,
/// definition terms, table cells and rows closed by their siblings, headings not nesting,
/// links not nesting, end tags that close only what is in scope, and inline end tags that
/// never close a block (the effect of the adoption agency on text, without its reparenting).
///
/// `html`, `head` and `body` tags do not make nodes: everything hangs under the root, in
/// document order, which is all the extractor needs. Depth is capped at ``maximumDepth``:
/// deeper start tags become siblings, so hostile nesting costs neither stack nor quadratic time.
struct HTMLTreeBuilder {
    static let maximumDepth = 256

    private(set) var nodes: [HTMLNode] = []
    private(set) var attributes: [HTMLAttributeRange] = []
    private var stack: [Int32] = [0]
    /// Open elements per tag, so most scope checks are one lookup.
    private var open = [Int32](repeating: 0, count: 256)
    private let xml: Bool

    init(xml: Bool) {
        self.xml = xml
        nodes.append(HTMLNode(tag: .document, parent: -1, start: 0, end: 0))
    }

    mutating func build(_ bytes: UnsafeBufferPointer<UInt8>) {
        nodes.reserveCapacity(bytes.count / 40 + 16)
        var t = HTMLTokenizer(bytes, xml: xml)
        while true {
            switch t.next() {
            case .endOfFile:
                return
            case .text:
                if t.end > t.start {
                    appendText(t.start, t.end, flags: t.textNeedsDecoding ? HTMLNode.needsDecoding : 0)
                }
            case .cdata:
                if (xml || open[Int(HTMLTag.svg.rawValue)] > 0 || open[Int(HTMLTag.math.rawValue)] > 0), t.end > t.start {
                    // CDATA is text taken literally: no references to decode.
                    appendText(t.start, t.end, flags: 0)
                }
            case .comment, .doctype:
                break
            case .startTag:
                let tag = xml ? HTMLTag.unknown : HTMLTag.lookup(UnsafeBufferPointer(rebasing: bytes[t.start..<t.end]))
                startTag(tag, t)
                if !xml, tag.isRawText || tag.isEscapableRawText, !(t.selfClosing && inForeignContent) {
                    t.enterRawText()
                    let element = Int32(nodes.count - 1)
                    if t.next() == .text, t.end > t.start {
                        let flags = tag.isEscapableRawText ? (t.textNeedsDecoding ? HTMLNode.needsDecoding : 0) : HTMLNode.raw
                        appendNode(HTMLNode(tag: .text, flags: flags, parent: element, start: Int32(t.start), end: Int32(t.end)), to: element)
                    }
                    if stack.last == element { pop() }
                }
            case .endTag:
                let tag = xml ? HTMLTag.unknown : HTMLTag.lookup(UnsafeBufferPointer(rebasing: bytes[t.start..<t.end]))
                endTag(tag, t, bytes)
            }
        }
    }

    private var inForeignContent: Bool {
        open[Int(HTMLTag.svg.rawValue)] > 0 || open[Int(HTMLTag.math.rawValue)] > 0
    }

    // MARK: - Nodes

    private mutating func appendNode(_ node: HTMLNode, to parent: Int32) {
        let index = Int32(nodes.count)
        nodes.append(node)
        let last = nodes[Int(parent)].lastChild
        if last >= 0 {
            nodes[Int(last)].nextSibling = index
        } else {
            nodes[Int(parent)].firstChild = index
        }
        nodes[Int(parent)].lastChild = index
    }

    private mutating func appendText(_ s: Int, _ e: Int, flags: UInt8) {
        let parent = stack[stack.count - 1]
        // Text split by a dropped comment or tag joins the previous text node when adjacent
        // in meaning: only when the previous sibling is text.
        appendNode(HTMLNode(tag: .text, flags: flags, parent: parent, start: Int32(s), end: Int32(e)), to: parent)
    }

    private mutating func push(_ i: Int32) {
        stack.append(i)
        open[Int(nodes[Int(i)].tag.rawValue)] += 1
    }

    private mutating func pop() {
        guard stack.count > 1, let i = stack.popLast() else { return }
        open[Int(nodes[Int(i)].tag.rawValue)] -= 1
    }

    /// Pops up to and including the nearest open `tag`.
    private mutating func popThrough(_ tag: HTMLTag) {
        while stack.count > 1 {
            let top = nodes[Int(stack[stack.count - 1])].tag
            pop()
            if top == tag { return }
        }
    }

    /// Whether `tag` is open above the nearest scope boundary (or above any of `stops`).
    private func inScope(_ tag: HTMLTag, stops: (HTMLTag) -> Bool = { _ in false }) -> Bool {
        guard open[Int(tag.rawValue)] > 0 else { return false }
        var k = stack.count - 1
        while k > 0 {
            let t = nodes[Int(stack[k])].tag
            if t == tag { return true }
            if t.isScopeBoundary || stops(t) { return false }
            k -= 1
        }
        return false
    }

    // MARK: - Tags

    private mutating func startTag(_ tag: HTMLTag, _ t: HTMLTokenizer) {
        if !xml {
            if tag == .html || tag == .head || tag == .body {
                // Attributes of <html> (lang) matter; keep them on an empty marker element.
                if tag == .html { appendElement(tag, t, push: false) }
                return
            }
            if tag.closesParagraph, inScope(.p, stops: { $0 == .button }) { popThrough(.p) }
            switch tag {
            case .li:
                closeItem(.li, stops: { $0 == .ul || $0 == .ol || $0 == .menu })
            case .dd, .dt:
                if inScope(.dd, stops: { $0 == .dl }) { popThrough(.dd) }
                if inScope(.dt, stops: { $0 == .dl }) { popThrough(.dt) }
            case .h1, .h2, .h3, .h4, .h5, .h6:
                if let top = stack.last, nodes[Int(top)].tag.isHeading { pop() }
            case .a:
                if inScope(.a) { popThrough(.a) }
            case .td, .th:
                closeCell()
            case .tr:
                closeCell()
                if inScope(.tr, stops: { $0 == .table }) { popThrough(.tr) }
            case .tbody, .thead, .tfoot:
                closeCell()
                if inScope(.tr, stops: { $0 == .table }) { popThrough(.tr) }
                for section in [HTMLTag.tbody, .thead, .tfoot] where inScope(section, stops: { $0 == .table }) {
                    popThrough(section)
                }
            case .option:
                if let top = stack.last, nodes[Int(top)].tag == .option { pop() }
            case .form:
                if open[Int(HTMLTag.form.rawValue)] > 0 { return }
            default:
                break
            }
        }
        let selfClosing = t.selfClosing && (xml || inForeignContent || tag == .unknown && inForeignContent)
        let opens = !tag.isVoid && !selfClosing
        appendElement(tag, t, push: opens && stack.count < HTMLTreeBuilder.maximumDepth)
    }

    private mutating func appendElement(_ tag: HTMLTag, _ t: HTMLTokenizer, push shouldPush: Bool) {
        var node = HTMLNode(tag: tag, parent: stack[stack.count - 1], start: Int32(t.start), end: Int32(t.end))
        if !t.attributes.isEmpty {
            node.attributeStart = Int32(attributes.count)
            node.attributeCount = Int32(t.attributes.count)
            attributes.append(contentsOf: t.attributes)
        }
        appendNode(node, to: stack[stack.count - 1])
        if shouldPush { push(Int32(nodes.count - 1)) }
    }

    private mutating func closeItem(_ tag: HTMLTag, stops: (HTMLTag) -> Bool) {
        if inScope(tag, stops: stops) { popThrough(tag) }
    }

    private mutating func closeCell() {
        let table: (HTMLTag) -> Bool = { $0 == .table || $0 == .tr }
        if inScope(.td, stops: table) { popThrough(.td) }
        if inScope(.th, stops: table) { popThrough(.th) }
    }

    private mutating func endTag(_ tag: HTMLTag, _ t: HTMLTokenizer, _ bytes: UnsafeBufferPointer<UInt8>) {
        if xml || tag == .unknown {
            closeByName(t, bytes)
            return
        }
        switch tag {
        case .html, .head, .body:
            return
        case .br:
            appendElement(.br, t, push: false)
            return
        case .p:
            if inScope(.p, stops: { $0 == .button }) {
                popThrough(.p)
            } else {
                appendElement(.p, t, push: false)
            }
            return
        default:
            break
        }
        guard open[Int(tag.rawValue)] > 0 else { return }
        // Walk down the stack: stop at a scope boundary, and (for an inline element) at any
        // block, whose end tag this is not.
        var k = stack.count - 1
        while k > 0 {
            let open = nodes[Int(stack[k])].tag
            if open == tag {
                popThrough(tag)
                return
            }
            if open.isScopeBoundary || (!tag.isSpecial && open.isSpecial) { return }
            k -= 1
        }
    }

    /// End tags of elements the parser does not know (custom elements, XML): close the nearest
    /// open element with the same name, unless a known block lies in between.
    private mutating func closeByName(_ t: HTMLTokenizer, _ bytes: UnsafeBufferPointer<UInt8>) {
        let length = t.end - t.start
        var k = stack.count - 1
        while k > 0 {
            let node = nodes[Int(stack[k])]
            if node.tag == .unknown, Int(node.end - node.start) == length {
                var same = true
                for j in 0..<length where bytes[Int(node.start) + j] | 0x20 != bytes[t.start + j] | 0x20 {
                    same = false
                    break
                }
                if same {
                    while stack.count > k { pop() }
                    return
                }
            }
            if !xml, node.tag.isSpecial { return }
            k -= 1
        }
    }
}
