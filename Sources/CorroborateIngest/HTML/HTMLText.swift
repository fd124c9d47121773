/// Turns an HTML page into readable text: one paragraph per block element, scripts, styles and
/// page furniture (`nav`, `header`, `footer`, `aside`, `form`) dropped, character references
/// decoded, and the `<title>` kept apart.
///
/// This is a plain reading of the markup, not main-content detection: it never fails, whatever
/// the input, and works on bytes in one pass.
public enum HTMLText {
    /// The text and title of a page.
    public static func extract(_ html: String) -> (text: String, title: String?) {
        var bytes = Array(html.utf8)
        return bytes.withUnsafeMutableBufferPointer { extract(UnsafeBufferPointer($0)) }
    }

    private static let skipped: Set<String> = [
        "script", "style", "noscript", "template", "svg", "nav", "footer", "aside",
        "button", "select", "iframe", "object", "canvas", "math",
    ]
    private static let blocks: Set<String> = [
        "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "figcaption",
        "figure", "section", "article", "main", "table", "tr", "td", "th", "pre", "hr", "dd", "dt", "dl",
        "address", "caption", "center",
    ]

    private static func extract(_ b: UnsafeBufferPointer<UInt8>) -> (text: String, title: String?) {
        var out: [UInt8] = []
        out.reserveCapacity(b.count / 4)
        var title: [UInt8]? = nil
        var inTitle = false
        var skipDepth = 0
        var skipName = ""
        var i = 0
        let n = b.count
        var pendingBreak = false
        var pendingSpace = false

        func append(_ c: UInt8) {
            if c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D {
                pendingSpace = true
                return
            }
            if inTitle {
                if pendingSpace, title?.isEmpty == false { title?.append(0x20) }
                pendingSpace = false
                title?.append(c)
                return
            }
            guard skipDepth == 0 else { return }
            if pendingBreak, !out.isEmpty {
                out.append(0x0A)
                out.append(0x0A)
            } else if pendingSpace, !out.isEmpty, out.last != 0x0A {
                out.append(0x20)
            }
            pendingBreak = false
            pendingSpace = false
            out.append(c)
        }

        while i < n {
            let c = b[i]
            if c == 0x3C {  // <
                if i + 3 < n, b[i + 1] == 0x21, b[i + 2] == 0x2D, b[i + 3] == 0x2D {  // <!--
                    i = find(b, from: i + 4, "-->") ?? n
                    continue
                }
                guard i + 1 < n, b[i + 1] == 0x2F || isLetter(b[i + 1]) || b[i + 1] == 0x21 || b[i + 1] == 0x3F else {
                    append(c)
                    i += 1
                    continue
                }
                let closing = b[i + 1] == 0x2F
                var j = i + (closing ? 2 : 1)
                let nameStart = j
                while j < n, isLetter(b[j]) || (b[j] >= 0x30 && b[j] <= 0x39) { j += 1 }
                let name = String(decoding: b[nameStart..<j].map { $0 | 0x20 }, as: UTF8.self)
                // Skip attributes, honouring quotes so a `>` inside one does not end the tag.
                var quote: UInt8 = 0
                while j < n {
                    let d = b[j]
                    if quote != 0 {
                        if d == quote { quote = 0 }
                    } else if d == 0x22 || d == 0x27 {
                        quote = d
                    } else if d == 0x3E {
                        break
                    }
                    j += 1
                }
                let selfClosing = j > 0 && j - 1 < n && b[j - 1] == 0x2F
                i = min(n, j + 1)
                if name == "title", skipDepth == 0 {
                    if !closing, title == nil {
                        inTitle = true
                        title = []
                    } else if closing {
                        inTitle = false
                    }
                    continue
                }
                if skipDepth > 0 {
                    if name == skipName { skipDepth += closing ? -1 : (selfClosing ? 0 : 1) }
                    continue
                }
                if skipped.contains(name), !closing, !selfClosing {
                    skipDepth = 1
                    skipName = name
                    if name == "script" || name == "style" {
                        // Raw text: the element ends only at its own end tag.
                        i = find(b, from: i, "</" + name, caseInsensitive: true).map { k in
                            var e = k
                            while e < n, b[e] != 0x3E { e += 1 }
                            return min(n, e + 1)
                        } ?? n
                        skipDepth = 0
                    }
                    continue
                }
                if blocks.contains(name) { pendingBreak = true }
                continue
            }
            if c == 0x26 {  // &
                let (scalar, next) = reference(b, at: i)
                if let scalar {
                    for u in String(scalar).utf8 { append(u) }
                    i = next
                    continue
                }
            }
            append(c)
            i += 1
        }
        let text = String(decoding: out, as: UTF8.self)
        let titleText = title.map { String(decoding: $0, as: UTF8.self) }
        return (text, titleText?.isEmpty == false ? titleText : nil)
    }

    private static func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }

    private static func find(_ b: UnsafeBufferPointer<UInt8>, from: Int, _ needle: String, caseInsensitive: Bool = false) -> Int? {
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty, b.count >= pattern.count else { return nil }
        var i = from
        while i + pattern.count <= b.count {
            var k = 0
            while k < pattern.count {
                let x = caseInsensitive ? b[i + k] | (isLetter(b[i + k]) ? 0x20 : 0) : b[i + k]
                if x != pattern[k] { break }
                k += 1
            }
            if k == pattern.count { return caseInsensitive ? i : i + pattern.count }
            i += 1
        }
        return nil
    }

    private static let named: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}", "mdash": "\u{2014}",
        "ndash": "\u{2013}", "lsquo": "\u{2018}", "rsquo": "\u{2019}", "ldquo": "\u{201C}", "rdquo": "\u{201D}",
        "hellip": "\u{2026}", "copy": "\u{00A9}", "reg": "\u{00AE}", "euro": "\u{20AC}", "pound": "\u{00A3}",
        "laquo": "\u{00AB}", "raquo": "\u{00BB}", "eacute": "\u{00E9}", "egrave": "\u{00E8}", "uuml": "\u{00FC}",
        "ouml": "\u{00F6}", "auml": "\u{00E4}", "szlig": "\u{00DF}", "ccedil": "\u{00E7}", "aacute": "\u{00E1}",
        "iacute": "\u{00ED}", "oacute": "\u{00F3}", "uacute": "\u{00FA}", "ntilde": "\u{00F1}", "shy": "\u{00AD}",
        "middot": "\u{00B7}", "bull": "\u{2022}", "deg": "\u{00B0}", "times": "\u{00D7}", "trade": "\u{2122}",
    ]

    /// A character reference at `i` (`&amp;`, `&#8217;`, `&#x2019;`): the scalar and the index after it.
    private static func reference(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> (Unicode.Scalar?, Int) {
        var j = i + 1
        let n = b.count
        if j < n, b[j] == 0x23 {  // #
            j += 1
            var hex = false
            if j < n, b[j] | 0x20 == 0x78 {
                hex = true
                j += 1
            }
            var value: UInt32 = 0
            let digitsStart = j
            while j < n, j - digitsStart < 8 {
                let d = b[j]
                if d >= 0x30, d <= 0x39 {
                    value = value * (hex ? 16 : 10) + UInt32(d - 0x30)
                } else if hex, (d | 0x20) >= 0x61, (d | 0x20) <= 0x66 {
                    value = value * 16 + UInt32((d | 0x20) - 0x61 + 10)
                } else {
                    break
                }
                j += 1
            }
            guard j > digitsStart else { return (nil, i + 1) }
            if j < n, b[j] == 0x3B { j += 1 }
            // Windows-1252 numbers that pages use for curly quotes and dashes.
            let cp1252: [UInt32: UInt32] = [0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201C, 0x94: 0x201D, 0x96: 0x2013, 0x97: 0x2014, 0x85: 0x2026]
            let mapped = cp1252[value] ?? value
            return (Unicode.Scalar(mapped == 0 ? 0xFFFD : mapped) ?? "\u{FFFD}", j)
        }
        let nameStart = j
        while j < n, j - nameStart < 10, isLetter(b[j]) || (b[j] >= 0x30 && b[j] <= 0x39) { j += 1 }
        let name = String(decoding: b[nameStart..<j], as: UTF8.self)
        guard let scalar = named[name] else { return (nil, i + 1) }
        if j < n, b[j] == 0x3B { j += 1 }
        return (scalar, j)
    }
}
