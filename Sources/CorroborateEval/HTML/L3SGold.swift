import CorroborateCore
import CorroborateIngest
import Foundation

/// The gold of an L3S-GN1 page: the text the annotators marked as the headline
/// (`x-nc-sel1`) and as the full text (`x-nc-sel2`), read exactly as the reference scorer reads
/// it: a block tag or a marked element starts a new line, script and style are skipped, each
/// line's whitespace is collapsed and empty lines are dropped.
public struct L3SGold: Sendable {
    public var headline: String
    public var body: String

    private static let blockTags: Set<String> = [
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "table",
        "blockquote", "pre", "dd", "dt", "dl", "section", "article", "header", "footer", "hr", "form", "center",
        "address", "caption", "figcaption", "title",
    ]
    private static let voidTags: Set<String> = [
        "br", "hr", "img", "meta", "link", "input", "area", "base", "col", "wbr", "param", "source",
    ]

    /// Reads a `GoldStandard/*.txt` file (annotated HTML).
    public init(annotated html: String) {
        var out = [String](repeating: "", count: 6)
        var stack: [(tag: String, label: Int?, script: Bool)] = []
        func label() -> Int {
            for entry in stack.reversed() { if let l = entry.label { return l } }
            return 0
        }
        func separate() { out[label()] += "\n" }
        for token in MarkupScanner(html) {
            switch token {
            case .start(let tag, let classValue, let selfClosing):
                var lab: Int? = nil
                if let classValue, let r = classValue.range(of: "x-nc-sel") {
                    let digit = classValue[r.upperBound...].first
                    if let digit, let v = digit.wholeNumberValue { lab = v }
                }
                if selfClosing {
                    if L3SGold.blockTags.contains(tag) { separate() }
                    continue
                }
                if L3SGold.blockTags.contains(tag) || lab != nil { separate() }
                if L3SGold.voidTags.contains(tag) { continue }
                stack.append((tag, lab, tag == "script" || tag == "style"))
                if lab != nil { separate() }
            case .end(let tag):
                let index = stack.lastIndex { $0.tag == tag }
                if L3SGold.blockTags.contains(tag) || (index.map { stack[$0].label != nil } ?? false) { separate() }
                if let index { stack.removeSubrange(index...) }
            case .text(let text):
                if stack.contains(where: \.script) { continue }
                let l = label()
                if l < 6 { out[l] += text }
            }
        }
        headline = L3SGold.cleanLines(out[1])
        body = L3SGold.cleanLines(out[2])
    }

    static func cleanLines(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ") }
            .filter { !$0.isEmpty }
            .joined(separator: "\n")
    }
}

/// A forgiving scan of tags and text in the manner of Python's `html.parser` (which the
/// reference scorer uses on the gold files): tags with their lowercase name and class, end
/// tags, and text with character references decoded; `script` and `style` hold raw text.
struct MarkupScanner: Sequence {
    enum Token {
        case start(String, classValue: String?, selfClosing: Bool)
        case end(String)
        case text(String)
    }

    let html: String
    init(_ html: String) { self.html = html }

    func makeIterator() -> Array<Token>.Iterator { tokens().makeIterator() }

    private func tokens() -> [Token] {
        var result: [Token] = []
        let document = HTMLScan(html)
        for item in document.items {
            switch item {
            case .text(let t): result.append(.text(t))
            case .start(let name, let cls, let selfClosing): result.append(.start(name, classValue: cls, selfClosing: selfClosing))
            case .end(let name): result.append(.end(name))
            }
        }
        return result
    }
}
