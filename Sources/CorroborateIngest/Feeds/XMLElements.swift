/// Element lookups for XML read by ``HTMLDocument`` in XML mode (feeds, OPML): names compared
/// as written, ASCII case folded, prefixes included (`content:encoded`, `dc:creator`).
extension HTMLDocument {
    /// Whether element `i` is called `name` (case-insensitive ASCII, prefix included).
    func isNamed(_ i: Int32, _ name: String) -> Bool {
        let node = nodes[Int(i)]
        guard !node.isText else { return false }
        let target = Array(name.utf8)
        guard Int(node.end - node.start) == target.count else { return false }
        for k in 0..<target.count {
            let a = bytes[Int(node.start) + k], b = target[k]
            if (a &- 0x41 < 26 ? a | 0x20 : a) != (b &- 0x41 < 26 ? b | 0x20 : b) { return false }
        }
        return true
    }

    /// The element's name without its namespace prefix, lowercased.
    func localName(_ i: Int32) -> String {
        let full = name(of: i)
        guard let colon = full.lastIndex(of: ":") else { return full }
        return String(full[full.index(after: colon)...])
    }

    /// Direct child elements called `name`.
    func childElements(_ i: Int32, named name: String) -> [Int32] {
        children(i).filter { isNamed($0, name) }
    }

    /// The first direct child element called any of `names`, in the order of `names`.
    func child(_ i: Int32, _ names: String...) -> Int32? {
        for name in names {
            if let c = children(i).first(where: { isNamed($0, name) }) { return c }
        }
        return nil
    }

    /// Descendant elements called `name`, in document order (iterative: the tree may be deep).
    func descendants(_ i: Int32, named name: String) -> [Int32] {
        var result: [Int32] = []
        var stack: [Int32] = [i]
        while let n = stack.popLast() {
            let kids = Array(children(n)).filter { !nodes[Int($0)].isText }
            for c in kids.reversed() { stack.append(c) }
            if n != i, isNamed(n, name) { result.append(n) }
        }
        return result.sorted()
    }

    /// The element's text, whitespace trimmed; nil when empty.
    func trimmedText(_ i: Int32?) -> String? {
        guard let i else { return nil }
        let t = text(of: i).trimmingASCIIWhitespace
        return t.isEmpty ? nil : t
    }
}

extension String {
    /// Without spaces, tabs and line breaks at either end.
    var trimmingASCIIWhitespace: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\n" || f == "\t" || f == "\r" || f == "\r\n" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\n" || l == "\t" || l == "\r" || l == "\r\n" { s = s.dropLast() }
        return String(s)
    }
}
