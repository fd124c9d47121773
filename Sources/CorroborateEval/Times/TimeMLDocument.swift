public import CorroborateCore
import Foundation

/// A TimeML document read for scoring: the `<TEXT>` with its tags removed, the gold TIMEX3
/// spans in it, and the creation time.
///
/// Offsets count Unicode scalars, as the reference scorer's (Python string indices).
public struct TimeMLDocument: Sendable {
    /// The file name without `.tml`.
    public var id: String
    public var text: String
    public var title: String?
    /// The creation time's date (`1998-02-19T08:02` → 1998-02-19).
    public var published: CivilDate?
    /// The gold expressions with text, in document order.
    public var timexes: [GoldTimex]
    /// Creation-time expressions inside the text; predictions overlapping them are not scored.
    public var excluded: [Range<Int>]
}

/// One gold TIMEX3.
public struct GoldTimex: Sendable, Hashable {
    public var range: Range<Int>
    /// `DATE`, `TIME`, `DURATION`, `SET`.
    public var type: String
    public var value: String
}

/// Errors reading gold data, naming the file.
public struct GoldDataError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var message: String

    public var description: String { "\(path): \(message)" }
}

/// Reads TimeML files: the subset of XML they use (elements, attributes, entities, comments).
public enum TimeMLReader {
    /// Parses one document; `id` is usually the file name without extension.
    public static func parse(_ xml: String, id: String, path: String) throws(GoldDataError) -> TimeMLDocument {
        // XML reads every line break as one line feed.
        let s = Array(xml.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n").unicodeScalars)
        var i = 0
        var inText = false
        var out: [Unicode.Scalar] = []
        var timexes: [GoldTimex] = []
        var excluded: [Range<Int>] = []
        var open: [(start: Int, attributes: [String: String])] = []
        var dct: String? = nil
        var title: String? = nil
        var titleStart: Int? = nil
        var titleText: [Unicode.Scalar] = []
        var sawText = false

        while i < s.count {
            if s[i] == "<" {
                guard let close = (i..<s.count).first(where: { s[$0] == ">" }) else {
                    throw GoldDataError(path: path, message: "unterminated tag")
                }
                let body = String(String.UnicodeScalarView(s[(i + 1)..<close]))
                i = close + 1
                if body.hasPrefix("!--") || body.hasPrefix("?") || body.hasPrefix("!") { continue }
                let closing = body.hasPrefix("/")
                let selfClosing = body.hasSuffix("/")
                let (name, attributes) = tag(closing ? String(body.dropFirst()) : body)
                switch (name, closing) {
                case ("TEXT", false):
                    inText = true
                    sawText = true
                case ("TEXT", true): inText = false
                case ("TITLE", false): titleStart = out.count; titleText = []
                case ("TITLE", true):
                    title = String(String.UnicodeScalarView(titleText)).split(whereSeparator: \.isWhitespace).joined(separator: " ")
                    titleStart = nil
                case ("TIMEX3", false):
                    if attributes["functionInDocument"] == "CREATION_TIME", dct == nil { dct = attributes["value"] }
                    if inText && !selfClosing { open.append((out.count, attributes)) }
                case ("TIMEX3", true):
                    guard inText, let o = open.popLast() else { continue }
                    let range = o.start..<out.count
                    if o.attributes["functionInDocument"] == "CREATION_TIME" || o.attributes["tid"] == "t0" {
                        excluded.append(range)
                    } else if out[range].contains(where: { !$0.properties.isWhitespace }) {
                        timexes.append(GoldTimex(range: range, type: (o.attributes["type"] ?? "").uppercased(), value: o.attributes["value"] ?? ""))
                    }
                default: break
                }
                continue
            }
            // Character data, with XML's entities.
            var c = s[i]
            var next = i + 1
            if c == "&", let semi = (i..<min(s.count, i + 10)).first(where: { s[$0] == ";" }) {
                let entity = String(String.UnicodeScalarView(s[(i + 1)..<semi]))
                if let e = TimeMLReader.entity(entity) {
                    c = e
                    next = semi + 1
                }
            }
            if inText { out.append(c) }
            if titleStart != nil { titleText.append(c) }
            i = next
        }
        guard sawText else { throw GoldDataError(path: path, message: "no <TEXT> element") }
        // Gold spans were recorded in scalar offsets of the TEXT content, which `out` is.
        timexes.sort { $0.range.lowerBound < $1.range.lowerBound }
        let published = dct.flatMap { CivilDate(iso: $0.prefix(10)) }
        return TimeMLDocument(
            id: id, text: String(String.UnicodeScalarView(out)), title: title.flatMap { $0.isEmpty ? nil : $0 }, published: published,
            timexes: timexes, excluded: excluded)
    }

    private static func tag(_ body: String) -> (String, [String: String]) {
        var body = Substring(body)
        if body.hasSuffix("/") { body = body.dropLast() }
        let name = body.prefix { !$0.isWhitespace }
        var attributes: [String: String] = [:]
        var rest = body.dropFirst(name.count)
        while let eq = rest.firstIndex(of: "=") {
            let key = rest[..<eq].trimmingCharacters(in: " \t\r\n")
            var after = rest[rest.index(after: eq)...].drop { $0.isWhitespace }
            guard let quote = after.first, quote == "\"" || quote == "'" else { break }
            after = after.dropFirst()
            guard let end = after.firstIndex(of: quote) else { break }
            attributes[key] = unescape(String(after[..<end]))
            rest = after[after.index(after: end)...]
        }
        return (String(name), attributes)
    }

    private static func entity(_ name: String) -> Unicode.Scalar? {
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        default:
            if name.hasPrefix("#x"), let v = UInt32(name.dropFirst(2), radix: 16) { return Unicode.Scalar(v) }
            if name.hasPrefix("#"), let v = UInt32(name.dropFirst()) { return Unicode.Scalar(v) }
            return nil
        }
    }

    private static func unescape(_ value: String) -> String {
        guard value.contains("&") else { return value }
        var out = ""
        var rest = Substring(value)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            if let semi = rest[amp...].firstIndex(of: ";"), let e = entity(String(rest[rest.index(after: amp)..<semi])) {
                out.unicodeScalars.append(e)
                rest = rest[rest.index(after: semi)...]
            } else {
                out += "&"
                rest = rest[rest.index(after: amp)...]
            }
        }
        return out + rest
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in set: String) -> String {
        var s = self
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
