/// The flat token stream of a page — start tags with their `class`, end tags and decoded
/// text — for tools that read annotated HTML (gold files) rather than articles. Only `script`
/// and `style` hold raw text here, as in most HTML tokenizer libraries.
public struct HTMLScan: Sendable {
    public enum Item: Sendable {
        /// A start tag: lowercase name, `class` value, and whether it ended in `/>`.
        case start(String, String?, Bool)
        case end(String)
        case text(String)
    }

    public private(set) var items: [Item] = []

    public init(_ html: String) {
        var bytes = Array(html.utf8)
        var items: [Item] = []
        bytes.withUnsafeMutableBufferPointer { mb in
            let b = UnsafeBufferPointer(mb)
            var t = HTMLTokenizer(b)
            func lower(_ s: Int, _ e: Int) -> String {
                String(decoding: b[s..<e].map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }, as: UTF8.self)
            }
            while true {
                switch t.next() {
                case .endOfFile:
                    return
                case .text, .cdata:
                    var out: [UInt8] = []
                    HTMLDocument.appendDecoded(b, t.start, t.end, inAttribute: false, to: &out)
                    items.append(.text(String(decoding: out, as: UTF8.self)))
                case .startTag:
                    let name = lower(t.start, t.end)
                    var cls: String? = nil
                    for a in t.attributes where lower(Int(a.nameStart), Int(a.nameEnd)) == "class" {
                        var out: [UInt8] = []
                        HTMLDocument.appendDecoded(b, Int(a.valueStart), Int(a.valueEnd), inAttribute: true, to: &out)
                        cls = String(decoding: out, as: UTF8.self)
                        break
                    }
                    items.append(.start(name, cls, t.selfClosing))
                    if name == "script" || name == "style" { t.enterRawText() }
                case .endTag:
                    items.append(.end(lower(t.start, t.end)))
                case .comment, .doctype:
                    break
                }
            }
        }
        self.items = items
    }
}
