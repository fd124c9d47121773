/// Walks a parsed page and cuts its visible text into ``TextBlock``s, dropping what is never
/// article text: scripts and styles, forms' controls, hidden elements, navigation, and
/// elements whose `class`, `id` or `role` name them as furniture (see ``BoilerplateNames``).
///
/// Besides the blocks it records, per element, the class/id categories, the text size of the
/// subtree and how many images and form inputs it holds, for the scoring that follows.
///
/// A class, not a struct: the selector, cleaner and metadata readers all look at one
/// collector, and copying its dozen arrays on every access cost more than the reading.
final class BlockCollector {
    let document: HTMLDocument
    /// All block text, one buffer; blocks index into it.
    private(set) var text: [UInt8] = []
    private(set) var blocks: [TextBlock] = []
    /// Per node: its own class/id/role categories.
    private(set) var names: [UInt64]
    /// Per node: letters and digits in the subtree's text (a first estimate, before dropping).
    private(set) var rawSize: [Int32]
    /// Per node: letters and digits outside links in the subtree.
    private(set) var proseSize: [Int32]
    /// Per node: dropped as furniture.
    private(set) var dropped: [Bool]
    /// Per node: images and form inputs in the subtree (kept parts only).
    private(set) var images: [Int32]
    private(set) var inputs: [Int32]
    /// Where readers' comments begin: the block count when an element named as comments was
    /// met (a `<a name="comments">`, a comment form, a comments container).
    private(set) var commentMarks: [Int] = []

    /// Tags whose subtree is never article text.
    private static let droppedTags: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for name in [
            "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas", "button",
            "select", "textarea", "input", "nav", "aside", "footer", "header", "dialog", "map", "head", "title",
            "video", "audio", "label", "menu", "option", "datalist", "frameset", "frame", "noembed", "noframes",
            "applet", "search", "meta", "link", "base", "area", "param", "source", "track",
        ] {
            table[Int(HTMLTag.named(name).rawValue)] = true
        }
        return table
    }()

    init(_ document: HTMLDocument) {
        self.document = document
        let n = document.nodes.count
        names = [UInt64](repeating: 0, count: n)
        rawSize = [Int32](repeating: 0, count: n)
        proseSize = [Int32](repeating: 0, count: n)
        dropped = [Bool](repeating: false, count: n)
        images = [Int32](repeating: 0, count: n)
        inputs = [Int32](repeating: 0, count: n)
    }

    // MARK: - Pre-pass

    private func measure() {
        let nodes = document.nodes
        // Text inside links, to tell link lists from prose.
        var inLink = [Bool](repeating: false, count: nodes.count)
        for i in 1..<nodes.count {
            let p = Int(nodes[i].parent)
            inLink[i] = inLink[p] || nodes[i].tag == .a
        }
        document.bytes.withUnsafeBufferPointer { b in
            for i in stride(from: nodes.count - 1, through: 1, by: -1) {
                let node = nodes[i]
                if node.isText {
                    if node.flags & HTMLNode.raw == 0 {
                        var count: Int32 = 0
                        for k in Int(node.start)..<Int(node.end) where BlockCollector.isWordByte(b[k]) { count += 1 }
                        rawSize[i] = count
                        if !inLink[i] { proseSize[i] = count }
                    }
                } else {
                    if node.attributeCount > 0 { names[i] = classify(Int32(i), b) }
                    if node.tag == .img { images[i] += 1 }
                    if node.tag == .select || node.tag == .textarea || node.tag == .input && isVisibleInput(Int32(i)) { inputs[i] += 1 }
                    if BlockCollector.droppedTags[Int(node.tag.rawValue)], node.tag != .header, node.tag != .footer,
                        node.tag != .nav, node.tag != .aside
                    {
                        rawSize[i] = 0
                        proseSize[i] = 0
                    }
                }
                let p = Int(node.parent)
                rawSize[p] += rawSize[i]
                proseSize[p] += proseSize[i]
                images[p] += images[i]
                inputs[p] += inputs[i]
            }
        }
    }

    /// A form field a reader fills in (not hidden fields and buttons).
    private func isVisibleInput(_ i: Int32) -> Bool {
        guard let type = document.attribute("type", of: i)?.lowercased() else { return true }
        return !["hidden", "submit", "button", "image", "reset"].contains(type)
    }

    @inline(__always) static func isWordByte(_ c: UInt8) -> Bool {
        (c | 0x20) &- 0x61 < 26 || c &- 0x30 < 10 || c >= 0xC0
    }

    private func classify(_ i: Int32, _ b: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var bits: UInt64 = 0
        let node = document.nodes[Int(i)]
        // One pass over the attributes: `class`, `id`, `itemprop`, `role`, `hidden`, `aria-hidden`, `style`.
        for a in Int(node.attributeStart)..<Int(node.attributeStart + node.attributeCount) {
            let r = document.attributes[a]
            let name = UnsafeBufferPointer(rebasing: b[Int(r.nameStart)..<Int(r.nameEnd)])
            let value = UnsafeBufferPointer(rebasing: b[Int(r.valueStart)..<Int(r.valueEnd)])
            switch name.count {
            case 5 where BlockCollector.named(name, "class"):
                bits |= BoilerplateNames.matcher.match(value)
            case 2 where BlockCollector.named(name, "id"):
                bits |= BoilerplateNames.matcher.match(value)
            case 8 where BlockCollector.named(name, "itemprop"):
                bits |= BoilerplateNames.matcher.match(value)
                    & (BoilerplateNames.strongPositive | BoilerplateNames.byline | BoilerplateNames.date | BoilerplateNames.caption)
            case 4 where BlockCollector.named(name, "role"):
                let role = String(decoding: ByteSearch.lowercased(value), as: UTF8.self)
                if BoilerplateNames.furnitureRoles.contains(role) { bits |= BoilerplateNames.navigation }
                if role == "main" || role == "article" { bits |= BoilerplateNames.positive }
            case 6 where BlockCollector.named(name, "hidden"):
                bits |= BoilerplateNames.hidden
            case 11 where BlockCollector.named(name, "aria-hidden"):
                if value.count == 4, BlockCollector.named(value, "true") { bits |= BoilerplateNames.hidden }
            case 5 where BlockCollector.named(name, "style"):
                if BlockCollector.hidesElement(ByteSearch.lowercased(value)) { bits |= BoilerplateNames.hidden }
            default:
                break
            }
        }
        if bits & BoilerplateNames.commentary != 0 { bits &= ~BoilerplateNames.comments }
        return bits
    }

    /// Bytes equal to a lowercase ASCII literal, in any case.
    @inline(__always)
    static func named(_ bytes: UnsafeBufferPointer<UInt8>, _ literal: StaticString) -> Bool {
        guard bytes.count == literal.utf8CodeUnitCount else { return false }
        let p = literal.utf8Start
        for k in 0..<bytes.count where (bytes[k] &- 0x41 < 26 ? bytes[k] | 0x20 : bytes[k]) != p[k] { return false }
        return true
    }

    /// `display:none` or `visibility:hidden` in a style attribute.
    static func hidesElement(_ style: [UInt8]) -> Bool {
        guard ByteSearch.contains(none, in: style) || ByteSearch.contains(hidden, in: style) else { return false }
        let compact = style.filter { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A }
        return ByteSearch.contains(displayNone, in: compact) || ByteSearch.contains(visibilityHidden, in: compact)
    }

    private static let none = Array("none".utf8), hidden = Array("hidden".utf8)
    private static let displayNone = Array("display:none".utf8), visibilityHidden = Array("visibility:hidden".utf8)

    // MARK: - Dropping

    /// Whether an element's subtree is furniture. Comments, share bars, related stories, ads,
    /// sign-up boxes and tag lists go whatever they hold (unless also named as the article
    /// body); elements named like layout (navigation, sidebars, headers, footers) go only when
    /// they hold a small part of the page's prose, since templates reuse those words for
    /// wrappers (`content_inner_nav`, `headerLeftCol`).
    private func isFurniture(_ i: Int32, total: Int32) -> Bool {
        let node = document.nodes[Int(i)]
        let prose = proseSize[Int(i)]
        if BlockCollector.droppedTags[Int(node.tag.rawValue)] {
            if node.tag == .header || node.tag == .footer || node.tag == .aside || node.tag == .nav {
                return prose * 3 < total || total < 200
            }
            return true
        }
        let bits = names[Int(i)]
        guard bits & BoilerplateNames.furniture != 0 else { return false }
        if bits & BoilerplateNames.hidden != 0 { return true }
        if bits & BoilerplateNames.strongPositive != 0 { return false }
        if node.tag == .a || node.tag == .span && bits & BoilerplateNames.comments == 0 { return false }
        if bits & BoilerplateNames.comments != 0 { return prose * 10 < total * 9 }
        if bits & BoilerplateNames.hardFurniture != 0 { return prose * 2 < total }
        if bits & BoilerplateNames.positive != 0 { return false }
        return prose * 4 < total
    }

    // MARK: - Walk

    private struct Context {
        var owner: Int32 = 0
        var kind: TextBlock.Kind = .other
        var level: UInt8 = 0
        var linkDepth = 0
        var preDepth = 0
        var names: UInt64 = 0
        var inArticle = false
    }

    private var current: TextBlock? = nil
    private var pendingSpace = false
    private var breaks = 0
    private var scratch: [UInt8] = []
    private var textNode: Int32 = 0

    func collect() {
        measure()
        let nodes = document.nodes
        let total = proseSize[0]
        var context = Context()
        var stack: [(node: Int32, saved: Context)] = []
        var c = nodes[0].firstChild
        text.reserveCapacity(document.bytes.count / 4)
        while true {
            while c >= 0 {
                let node = nodes[Int(c)]
                if node.isText {
                    if node.flags & HTMLNode.raw == 0 {
                        textNode = c
                        appendText(node, context)
                    }
                    c = node.nextSibling
                    continue
                }
                if node.tag == .br {
                    lineBreak(context)
                    c = node.nextSibling
                    continue
                }
                let bits = names[Int(c)]
                if bits & BoilerplateNames.comments != 0,
                    bits & (BoilerplateNames.related | BoilerplateNames.share | BoilerplateNames.navigation | BoilerplateNames.sidebar | BoilerplateNames.strongPositive) == 0
                {
                    if commentMarks.last != blocks.count + (current == nil ? 0 : 1) { commentMarks.append(blocks.count + (current == nil ? 0 : 1)) }
                }
                if isFurniture(c, total: total) {
                    dropped[Int(c)] = true
                    if node.tag.isBlock || node.tag == .unknown { flush() }
                    c = node.nextSibling
                    continue
                }
                stack.append((c, context))
                enter(c, node, &context)
                c = node.firstChild
            }
            guard let frame = stack.popLast() else { break }
            let node = nodes[Int(frame.node)]
            if node.tag.isBlock { flush() }
            context = frame.saved
            c = node.nextSibling
        }
        flush()
    }

    private func enter(_ i: Int32, _ node: HTMLNode, _ context: inout Context) {
        let tag = node.tag
        context.names |= names[Int(i)]
        if tag == .article || tag == .main || names[Int(i)] & BoilerplateNames.strongPositive != 0 { context.inArticle = true }
        if tag == .a { context.linkDepth += 1 }
        guard tag.isBlock else { return }
        flush()
        context.owner = i
        switch tag {
        case .p: context.kind = .paragraph
        case .h1, .h2, .h3, .h4, .h5, .h6:
            context.kind = .heading
            context.level = tag.rawValue - HTMLTag.h1.rawValue + 1
        case .li, .dd, .dt: context.kind = .listItem
        case .blockquote: context.kind = .quote
        case .figcaption: context.kind = .caption
        case .pre:
            context.kind = .preformatted
            context.preDepth += 1
        case .td, .th: context.kind = .cell
        case .caption: context.kind = .other
        default:
            if context.kind != .quote, context.kind != .caption { context.kind = .other }
        }
        if names[Int(i)] & BoilerplateNames.caption != 0, rawSize[Int(i)] < 600 { context.kind = .caption }
    }

    private func lineBreak(_ context: Context) {
        guard current != nil else { return }
        breaks += 1
        if breaks >= 2 { flush() }
    }

    private func appendText(_ node: HTMLNode, _ context: Context) {
        let s = Int(node.start), e = Int(node.end)
        document.bytes.withUnsafeBufferPointer { b in
            if node.flags & HTMLNode.needsDecoding != 0 {
                scratch.removeAll(keepingCapacity: true)
                HTMLDocument.appendDecoded(b, s, e, inAttribute: false, to: &scratch)
                scratch.withUnsafeBufferPointer { d in append(d, 0, d.count, context) }
            } else {
                append(b, s, e, context)
            }
        }
    }

    private func append(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int, _ context: Context) {
        let inLink = context.linkDepth > 0
        let pre = context.preDepth > 0
        // Work on locals: the class's properties would be checked for exclusive access on
        // every byte.
        var out = text
        text = []
        var block = current
        var pending = pendingSpace
        var breakCount = breaks
        defer {
            text = out
            current = block
            pendingSpace = pending
            breaks = breakCount
        }
        var i = s
        while i < e {
            let c = b[i]
            var space = c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D || c == 0x0C
            var width = 1
            if c == 0xC2, i + 1 < e, b[i + 1] == 0xA0 {  // no-break space
                space = true
                width = 2
            }
            if space {
                if pre, c == 0x0A, block != nil {
                    out.append(0x0A)
                    pending = false
                } else {
                    pending = true
                }
                i += width
                continue
            }
            var newWord = false
            if block == nil {
                block = TextBlock(
                    kind: context.kind, start: out.count, end: out.count, owner: context.owner, firstNode: textNode,
                    level: context.level, names: context.names, inArticle: context.inArticle)
                pending = false
                breakCount = 0
                newWord = true
            } else if breakCount > 0 {
                out.append(0x0A)
                pending = false
                breakCount = 0
                newWord = true
            } else if pending {
                if out.last != 0x0A { out.append(0x20) }
                pending = false
                newWord = true
            } else if let last = out.last, last == 0x0A {
                newWord = true
            }
            // Chinese, Japanese and Thai do not separate words with spaces: each character
            // counts as a word, so that length rules read them as they read other languages.
            if !newWord, (c >= 0xE3 && c <= 0xE9) || (c == 0xE0 && i + 1 < e && (b[i + 1] == 0xB8 || b[i + 1] == 0xB9)) {
                newWord = true
            }
            if newWord { block!.words += 1 }
            out.append(c)
            if BlockCollector.isWordByte(c) {
                block!.chars += 1
                if inLink { block!.linkChars += 1 }
            } else if c == 0x2C {
                block!.commas += 1
            } else if c == 0x2E || c == 0x21 || c == 0x3F {
                block!.stops += 1
            } else if c == 0xE3, i + 2 < e, b[i + 1] == 0x80, b[i + 2] == 0x82 {  // 。
                block!.stops += 1
            } else if c == 0xE3, i + 2 < e, b[i + 1] == 0x80, b[i + 2] == 0x81 {  // 、
                block!.commas += 1
            } else if c == 0xEF, i + 2 < e, b[i + 1] == 0xBC, b[i + 2] == 0x8C {  // ，
                block!.commas += 1
            } else if c == 0xEF, i + 2 < e, b[i + 1] == 0xBC, b[i + 2] == 0x81 || b[i + 2] == 0x9F {  // ！ ？
                block!.stops += 1
            }
            i += 1
        }
    }

    private func flush() {
        pendingSpace = false
        breaks = 0
        guard var block = current else { return }
        current = nil
        while text.count > block.start, text.last == 0x20 || text.last == 0x0A { text.removeLast() }
        block.end = text.count
        if block.chars > 0 {
            blocks.append(block)
        } else {
            text.removeSubrange(block.start...)
        }
    }
}
