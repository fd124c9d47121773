import Foundation

/// One attribute of a tag, as byte ranges into the page (the value still holds its character
/// references; ``HTMLDocument`` decodes them when asked).
struct HTMLAttributeRange: Sendable {
    var nameStart: Int32
    var nameEnd: Int32
    var valueStart: Int32
    var valueEnd: Int32
}

/// What the tokenizer found next.
enum HTMLTokenKind: UInt8 {
    case text, startTag, endTag, comment, doctype, cdata, endOfFile
}

/// The HTML tokenizer of the WHATWG specification, on UTF-8 bytes, closely enough for real pages:
/// tag, attribute (quoted, unquoted, valueless, duplicate) and end-tag states, comments with
/// their abrupt forms, bogus comments, DOCTYPE, CDATA sections, and raw text for `script`,
/// `style` and friends (switched on by the tree builder, as in the specification).
///
/// Tokens are byte ranges, never copies; character references stay in place and are decoded
/// when text is read. Every state has an end-of-input rule, so no input can make it fail or
/// loop: each call to ``next()`` consumes at least one byte until ``HTMLTokenKind/endOfFile``.
struct HTMLTokenizer {
    let bytes: UnsafeBufferPointer<UInt8>
    private(set) var position = 0

    // The current token.
    private(set) var kind: HTMLTokenKind = .endOfFile
    /// Text, comment or CDATA content, or the tag name.
    private(set) var start = 0
    private(set) var end = 0
    private(set) var selfClosing = false
    /// Attributes of the current start tag, in source order, duplicates included (the first wins).
    private(set) var attributes: [HTMLAttributeRange] = []
    /// Whether a text token holds `&` (character references to decode), NUL or CR.
    private(set) var textNeedsDecoding = false

    /// Set by the tree builder after a raw-text start tag: the next token is the text up to the
    /// matching end tag (which is then returned as an end tag).
    private var rawTextName: (start: Int, end: Int)? = nil
    private var rawTextPending: HTMLTag = .unknown
    /// XML mode (feeds): CDATA sections are text, and every self-closing flag counts.
    let xml: Bool

    init(_ bytes: UnsafeBufferPointer<UInt8>, xml: Bool = false) {
        self.bytes = bytes
        self.xml = xml
        attributes.reserveCapacity(16)
    }

    /// Switches to raw text until `</name`: the caller has just seen the start tag `name` (the
    /// current token's name range).
    mutating func enterRawText() {
        rawTextName = (start, end)
    }

    @inline(__always) private func at(_ i: Int) -> UInt8 { i < bytes.count ? bytes[i] : 0 }
    @inline(__always) private static func isSpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0C || b == 0x0D
    }
    @inline(__always) private static func isAlpha(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }

    /// Advances to the next token.
    mutating func next() -> HTMLTokenKind {
        if let name = rawTextName {
            rawTextName = nil
            return rawText(name)
        }
        let n = bytes.count
        guard position < n else {
            kind = .endOfFile
            return kind
        }
        if bytes[position] == 0x3C, let k = markup() { return k }
        // Text up to the next `<` that opens markup.
        start = position
        var i = position + (bytes[position] == 0x3C ? 1 : 0)
        while i < n {
            guard let found = find(0x3C, from: i) else {
                i = n
                break
            }
            let c = at(found + 1)
            if HTMLTokenizer.isAlpha(c) || c == 0x2F || c == 0x21 || c == 0x3F { i = found; break }
            i = found + 1
        }
        end = i
        position = i
        textNeedsDecoding = needsDecoding(start, end)
        kind = .text
        return kind
    }

    private func find(_ byte: UInt8, from i: Int) -> Int? {
        guard i < bytes.count, let base = bytes.baseAddress else { return nil }
        guard let p = memchr(base + i, Int32(byte), bytes.count - i) else { return nil }
        return base.distance(to: p.assumingMemoryBound(to: UInt8.self))
    }

    private func needsDecoding(_ s: Int, _ e: Int) -> Bool {
        var i = s
        while i < e {
            let b = bytes[i]
            if b == 0x26 || b == 0 || b == 0x0D { return true }
            i += 1
        }
        return false
    }

    /// Markup at `position` (a `<`), or nil when it turns out to be text.
    private mutating func markup() -> HTMLTokenKind? {
        let c = at(position + 1)
        if HTMLTokenizer.isAlpha(c) { return tag(closing: false, from: position + 1) }
        if c == 0x2F {  // </
            let d = at(position + 2)
            if HTMLTokenizer.isAlpha(d) { return tag(closing: true, from: position + 2) }
            if d == 0x3E {  // `</>` is dropped
                position += 3
                start = position; end = position
                kind = .comment
                return kind
            }
            if position + 2 >= bytes.count { return nil }
            return bogusComment(from: position + 2)
        }
        if c == 0x21 { return declaration() }
        if c == 0x3F { return bogusComment(from: position + 1) }
        return nil
    }

    // MARK: - Tags

    private mutating func tag(closing: Bool, from nameStart: Int) -> HTMLTokenKind? {
        let n = bytes.count
        var i = nameStart
        while i < n {
            let b = bytes[i]
            if HTMLTokenizer.isSpace(b) || b == 0x2F || b == 0x3E { break }
            i += 1
        }
        start = nameStart
        end = i
        attributes.removeAll(keepingCapacity: true)
        selfClosing = false
        // Attributes.
        while true {
            while i < n, HTMLTokenizer.isSpace(bytes[i]) || bytes[i] == 0x2F {
                if bytes[i] == 0x2F {
                    if at(i + 1) == 0x3E { selfClosing = true }
                }
                i += 1
            }
            guard i < n else { return endOfFileInTag() }
            if bytes[i] == 0x3E {
                i += 1
                break
            }
            // Attribute name: up to space, `/`, `>` or `=` (an `=` first is part of the name).
            let an = i
            i += 1
            while i < n {
                let b = bytes[i]
                if HTMLTokenizer.isSpace(b) || b == 0x2F || b == 0x3E || b == 0x3D { break }
                i += 1
            }
            let ae = i
            while i < n, HTMLTokenizer.isSpace(bytes[i]) { i += 1 }
            var vs = i, ve = i
            if i < n, bytes[i] == 0x3D {
                i += 1
                while i < n, HTMLTokenizer.isSpace(bytes[i]) { i += 1 }
                guard i < n else { return endOfFileInTag() }
                let q = bytes[i]
                if q == 0x22 || q == 0x27 {
                    vs = i + 1
                    guard let close = find(q, from: vs) else { return endOfFileInTag() }
                    ve = close
                    i = close + 1
                } else if q == 0x3E {
                    vs = i; ve = i
                } else {
                    vs = i
                    while i < n, !HTMLTokenizer.isSpace(bytes[i]), bytes[i] != 0x3E { i += 1 }
                    ve = i
                }
            } else {
                vs = ae; ve = ae
            }
            if !closing, attributes.count < 256 {
                attributes.append(HTMLAttributeRange(
                    nameStart: Int32(an), nameEnd: Int32(ae), valueStart: Int32(vs), valueEnd: Int32(ve)))
            }
        }
        position = i
        kind = closing ? .endTag : .startTag
        return kind
    }

    /// A tag cut off by the end of input is dropped, as the specification says.
    private mutating func endOfFileInTag() -> HTMLTokenKind {
        position = bytes.count
        kind = .endOfFile
        return kind
    }

    // MARK: - Comments and declarations

    private mutating func declaration() -> HTMLTokenKind {
        let p = position + 2
        if at(p) == 0x2D, at(p + 1) == 0x2D { return comment(from: p + 2) }
        if matchesIgnoringCase(p, "doctype") {
            start = p
            end = find(0x3E, from: p) ?? bytes.count
            position = min(bytes.count, end + 1)
            kind = .doctype
            return kind
        }
        if matches(p, "[CDATA[") {
            start = p + 7
            var i = start
            while true {
                guard let close = find(0x5D, from: i) else {
                    end = bytes.count
                    position = end
                    break
                }
                if at(close + 1) == 0x5D, at(close + 2) == 0x3E {
                    end = close
                    position = close + 3
                    break
                }
                i = close + 1
            }
            textNeedsDecoding = false
            kind = .cdata
            return kind
        }
        return bogusComment(from: p)
    }

    /// A comment body from `s` (after `<!--`): ends at `-->`, `--!>`, or at once for `<!-->` and
    /// `<!--->`; an unterminated comment runs to the end of input.
    private mutating func comment(from s: Int) -> HTMLTokenKind {
        start = s
        kind = .comment
        if at(s) == 0x3E {
            end = s; position = s + 1
            return kind
        }
        if at(s) == 0x2D, at(s + 1) == 0x3E {
            end = s; position = s + 2
            return kind
        }
        var i = s
        while true {
            guard let dash = find(0x2D, from: i) else {
                end = bytes.count
                position = end
                return kind
            }
            if at(dash + 1) == 0x2D {
                if at(dash + 2) == 0x3E {
                    end = dash; position = dash + 3
                    return kind
                }
                if at(dash + 2) == 0x21, at(dash + 3) == 0x3E {
                    end = dash; position = dash + 4
                    return kind
                }
            }
            i = dash + 1
        }
    }

    private mutating func bogusComment(from s: Int) -> HTMLTokenKind {
        start = s
        end = find(0x3E, from: s) ?? bytes.count
        position = min(bytes.count, end + 1)
        kind = .comment
        return kind
    }

    private func matches(_ i: Int, _ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard i + count <= bytes.count else { return false }
        let p = literal.utf8Start
        for k in 0..<count where bytes[i + k] != p[k] { return false }
        return true
    }

    private func matchesIgnoringCase(_ i: Int, _ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard i + count <= bytes.count else { return false }
        let p = literal.utf8Start
        for k in 0..<count where bytes[i + k] | 0x20 != p[k] { return false }
        return true
    }

    // MARK: - Raw text

    /// Text up to `</name` followed by a space, `/` or `>` (any case); the end tag itself is
    /// the following token.
    private mutating func rawText(_ name: (start: Int, end: Int)) -> HTMLTokenKind {
        let n = bytes.count
        let length = name.end - name.start
        start = position
        var i = position
        var found = n
        while let lt = find(0x3C, from: i) {
            if at(lt + 1) == 0x2F, lt + 2 + length <= n {
                var same = true
                for k in 0..<length where bytes[lt + 2 + k] | 0x20 != bytes[name.start + k] | 0x20 {
                    same = false
                    break
                }
                let after = at(lt + 2 + length)
                if same, lt + 2 + length == n || HTMLTokenizer.isSpace(after) || after == 0x2F || after == 0x3E {
                    found = lt
                    break
                }
            }
            i = lt + 1
        }
        if found == n {
            // No end tag at all: browsers would swallow the rest of the page; a page saved
            // with a broken `<title>` or `<iframe>` still has its text after it, so the
            // element ends at the next tag instead.
            var k = start
            while let lt = find(0x3C, from: k) {
                let c = at(lt + 1)
                if HTMLTokenizer.isAlpha(c) || c == 0x2F || c == 0x21 {
                    found = lt
                    break
                }
                k = lt + 1
            }
        }
        end = found
        position = found
        textNeedsDecoding = needsDecoding(start, end)
        kind = .text
        return kind
    }
}
