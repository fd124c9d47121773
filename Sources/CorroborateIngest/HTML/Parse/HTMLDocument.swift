/// One node of a parsed page: an element or a run of text. Nodes live in one array in
/// document order (a parent before its children), linked by indices, so a page is a handful of
/// allocations however large it is.
struct HTMLNode: Sendable {
    var tag: HTMLTag
    /// For text: ``HTMLNode/needsDecoding``, ``HTMLNode/raw``.
    var flags: UInt8 = 0
    var parent: Int32
    var firstChild: Int32 = -1
    var lastChild: Int32 = -1
    var nextSibling: Int32 = -1
    /// Text: its bytes. Element: its name's bytes.
    var start: Int32
    var end: Int32
    /// Element: its attributes, `attributes[attributeStart ..< attributeStart + attributeCount]`.
    var attributeStart: Int32 = 0
    var attributeCount: Int32 = 0

    /// The text holds character references, NUL or CR to decode.
    static let needsDecoding: UInt8 = 1
    /// Raw text (script, style): never decoded.
    static let raw: UInt8 = 2

    var isText: Bool { tag == .text }
}

/// A parsed HTML page: the UTF-8 bytes and the tree built over them by ``HTMLTreeBuilder``.
///
/// Text and attribute values are byte ranges into ``bytes``; ``text(of:)`` and
/// ``attribute(_:of:)`` decode them on demand.
struct HTMLDocument: Sendable {
    /// The page as UTF-8.
    let bytes: [UInt8]
    var nodes: [HTMLNode]
    var attributes: [HTMLAttributeRange]

    /// Parses UTF-8 bytes (see ``HTMLEncoding`` for other encodings). Never fails.
    ///
    /// - Parameter xml: Read as XML (feeds): CDATA is text and `<x/>` closes itself.
    /// - Complexity: O(n) in the bytes; the tree's depth is capped at
    ///   ``HTMLTreeBuilder/maximumDepth`` so deep nesting cannot blow the stack or the time.
    init(utf8 bytes: [UInt8], xml: Bool = false) {
        self.bytes = bytes
        var builder = HTMLTreeBuilder(xml: xml)
        bytes.withUnsafeBufferPointer { builder.build($0) }
        nodes = builder.nodes
        attributes = builder.attributes
    }

    static let root: Int32 = 0

    @inline(__always) subscript(_ i: Int32) -> HTMLNode { nodes[Int(i)] }

    /// The children of a node, in order.
    func children(_ i: Int32) -> ChildSequence { ChildSequence(nodes: nodes, first: nodes[Int(i)].firstChild) }

    struct ChildSequence: Sequence, IteratorProtocol {
        let nodes: [HTMLNode]
        var current: Int32
        init(nodes: [HTMLNode], first: Int32) {
            self.nodes = nodes
            current = first
        }
        mutating func next() -> Int32? {
            guard current >= 0 else { return nil }
            defer { current = nodes[Int(current)].nextSibling }
            return current
        }
    }

    /// The element's name as written, lowercased (for elements the parser does not know).
    func name(of i: Int32) -> String {
        let node = nodes[Int(i)]
        if node.tag != .unknown { return node.tag.name }
        return String(decoding: bytes[Int(node.start)..<Int(node.end)].map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    // MARK: - Attributes

    /// The index of the first attribute called `name` (lowercase ASCII), or nil.
    func attributeIndex(_ name: StaticString, of i: Int32) -> Int? {
        let node = nodes[Int(i)]
        guard node.attributeCount > 0 else { return nil }
        let count = name.utf8CodeUnitCount
        let p = name.utf8Start
        for a in Int(node.attributeStart)..<Int(node.attributeStart + node.attributeCount) {
            let r = attributes[a]
            guard Int(r.nameEnd - r.nameStart) == count else { continue }
            var same = true
            var k = 0
            let s = Int(r.nameStart)
            while k < count {
                let b = bytes[s + k]
                if (b &- 0x41 < 26 ? b | 0x20 : b) != p[k] {
                    same = false
                    break
                }
                k += 1
            }
            if same { return a }
        }
        return nil
    }

    /// Whether the element has the attribute at all.
    func hasAttribute(_ name: StaticString, of i: Int32) -> Bool { attributeIndex(name, of: i) != nil }

    /// The decoded value of the first attribute called `name`, or nil.
    func attribute(_ name: StaticString, of i: Int32) -> String? {
        guard let a = attributeIndex(name, of: i) else { return nil }
        return attributeValue(a)
    }

    /// The raw value bytes of an attribute (character references not decoded).
    func attributeRange(_ a: Int) -> Range<Int> { Int(attributes[a].valueStart)..<Int(attributes[a].valueEnd) }

    func attributeValue(_ a: Int) -> String {
        let r = attributeRange(a)
        var out: [UInt8] = []
        out.reserveCapacity(r.count)
        bytes.withUnsafeBufferPointer { b in
            HTMLDocument.appendDecoded(b, r.lowerBound, r.upperBound, inAttribute: true, to: &out)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The attribute's raw bytes lowercased, for matching class and id words.
    func lowercasedAttributeBytes(_ name: StaticString, of i: Int32) -> [UInt8]? {
        guard let a = attributeIndex(name, of: i) else { return nil }
        return bytes[attributeRange(a)].map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }
    }

    // MARK: - Text

    /// The decoded text of a text node, or of all text under an element (raw text skipped),
    /// whitespace as in the source.
    func text(of i: Int32) -> String {
        var out: [UInt8] = []
        bytes.withUnsafeBufferPointer { b in appendText(of: i, b, to: &out) }
        return String(decoding: out, as: UTF8.self)
    }

    private func appendText(of i: Int32, _ b: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        let node = nodes[Int(i)]
        if node.isText {
            if node.flags & HTMLNode.raw != 0 {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: b[Int(node.start)..<Int(node.end)]))
            } else {
                HTMLDocument.appendDecoded(b, Int(node.start), Int(node.end), inAttribute: false, to: &out)
            }
            return
        }
        // Iterative walk: the tree may be deep.
        var stack: [Int32] = []
        var c = node.firstChild
        while true {
            while c >= 0 {
                let child = nodes[Int(c)]
                if child.isText {
                    if child.flags & HTMLNode.raw == 0 {
                        HTMLDocument.appendDecoded(b, Int(child.start), Int(child.end), inAttribute: false, to: &out)
                    }
                    c = child.nextSibling
                } else {
                    stack.append(child.nextSibling)
                    c = child.firstChild
                }
            }
            guard let next = stack.popLast() else { break }
            c = next
        }
    }

    /// The raw bytes of a raw-text element's content (a script's source).
    func rawText(of i: Int32) -> ArraySlice<UInt8> {
        let node = nodes[Int(i)]
        let c = node.firstChild
        guard c >= 0, nodes[Int(c)].isText else { return [] }
        return bytes[Int(nodes[Int(c)].start)..<Int(nodes[Int(c)].end)]
    }

    /// Appends `b[s..<e]` with character references decoded, NUL dropped and CR LF / CR read as LF.
    static func appendDecoded(
        _ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int, inAttribute: Bool, to out: inout [UInt8]
    ) {
        var i = s
        while i < e {
            let c = b[i]
            switch c {
            case 0x26:
                if let r = CharacterReferences.decode(b, at: i, limit: e, inAttribute: inAttribute) {
                    CharacterReferences.appendUTF8(r.first, to: &out)
                    if r.second != 0 { CharacterReferences.appendUTF8(r.second, to: &out) }
                    i = r.next
                    continue
                }
                out.append(c)
            case 0:
                break
            case 0x0D:
                out.append(0x0A)
                if i + 1 < e, b[i + 1] == 0x0A { i += 1 }
            default:
                out.append(c)
            }
            i += 1
        }
    }
}
