/// An HTML element name the parser knows, as a small integer, with the categories the tree
/// builder and the extractor ask about. Unknown names (custom elements, typos) share
/// ``unknown``; their bytes stay in the document for anyone who needs them.
struct HTMLTag: RawRepresentable, Hashable, Sendable {
    var rawValue: UInt8
    init(rawValue: UInt8) { self.rawValue = rawValue }

    static let unknown = HTMLTag(rawValue: 0)
    /// Not an element: a text node.
    static let text = HTMLTag(rawValue: 1)
    /// The document root.
    static let document = HTMLTag(rawValue: 2)

    /// Names in id order starting at 3. Order matters only for the id values.
    static let names: [String] = [
        "a", "abbr", "address", "applet", "area", "article", "aside", "audio", "b", "base", "basefont", "bdi", "bdo",
        "bgsound", "big", "blockquote", "body", "br", "button", "canvas", "caption", "center", "cite", "code", "col",
        "colgroup", "data", "datalist", "dd", "del", "details", "dfn", "dialog", "dir", "div", "dl", "dt", "em",
        "embed", "fieldset", "figcaption", "figure", "font", "footer", "form", "frame", "frameset", "h1", "h2", "h3",
        "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "i", "iframe", "img", "input", "ins", "kbd",
        "keygen", "label", "legend", "li", "link", "listing", "main", "map", "mark", "marquee", "math", "menu",
        "meta", "meter", "nav", "nobr", "noembed", "noframes", "noscript", "object", "ol", "optgroup", "option",
        "output", "p", "param", "picture", "plaintext", "pre", "progress", "q", "rp", "rt", "ruby", "s", "samp",
        "script", "search", "section", "select", "slot", "small", "source", "span", "strike", "strong", "style",
        "sub", "summary", "sup", "svg", "table", "tbody", "td", "template", "textarea", "tfoot", "th", "thead",
        "time", "title", "tr", "track", "tt", "u", "ul", "var", "video", "wbr", "xmp",
    ]

    private static let ids: [UInt64: UInt8] = {
        var table: [UInt64: UInt8] = [:]
        for (i, name) in names.enumerated() { table[pack(name.utf8)] = UInt8(i + 3) }
        return table
    }()

    /// The bytes of a name (at most 10 of them, lowercase ASCII letters and digits) in one integer.
    @inline(__always)
    static func pack(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var key: UInt64 = 0
        var n = 0
        for b in bytes {
            n += 1
            if n > 10 { return 0 }
            key = key << 6 | UInt64(code(b))
        }
        return key | UInt64(n) << 60
    }

    @inline(__always)
    private static func code(_ b: UInt8) -> UInt8 {
        switch b {
        case 0x61...0x7A: return b - 0x61 + 1
        case 0x41...0x5A: return b - 0x41 + 1
        case 0x30...0x39: return b - 0x30 + 27
        default: return 63
        }
    }

    /// The tag for a name as written (any case).
    static func lookup(_ name: UnsafeBufferPointer<UInt8>) -> HTMLTag {
        guard name.count <= 10 else { return .unknown }
        return HTMLTag(rawValue: ids[pack(name)] ?? 0)
    }

    static func named(_ name: String) -> HTMLTag { HTMLTag(rawValue: ids[pack(name.utf8)] ?? 0) }

    var name: String {
        let i = Int(rawValue) - 3
        return i >= 0 && i < HTMLTag.names.count ? HTMLTag.names[i] : (self == .text ? "#text" : "#unknown")
    }

    // MARK: - Categories

    private static func set(_ names: [String]) -> [Bool] {
        var table = [Bool](repeating: false, count: 256)
        for name in names { table[Int(named(name).rawValue)] = true }
        return table
    }

    private static let voidTable = set([
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img", "input", "keygen", "link",
        "meta", "param", "source", "track", "wbr",
    ])
    /// Elements that end a paragraph when they start (the parser's "close a p element").
    private static let closesParagraphTable = set([
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li",
        "dd", "dt", "listing", "main", "menu", "nav", "ol", "p", "plaintext", "pre", "search", "section", "summary",
        "table", "ul", "xmp",
    ])
    /// The parser's "special" elements: an end tag for an inline element never closes them.
    private static let specialTable = set([
        "address", "applet", "area", "article", "aside", "base", "basefont", "bgsound", "blockquote", "body", "br",
        "button", "caption", "center", "col", "colgroup", "dd", "details", "dialog", "dir", "div", "dl", "dt", "embed",
        "fieldset", "figcaption", "figure", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6",
        "head", "header", "hgroup", "hr", "html", "iframe", "img", "input", "li", "link", "listing", "main", "marquee",
        "menu", "meta", "nav", "noembed", "noframes", "noscript", "object", "ol", "p", "param", "plaintext", "pre",
        "script", "search", "section", "select", "source", "style", "summary", "table", "tbody", "td", "template",
        "textarea", "tfoot", "th", "thead", "title", "tr", "track", "ul", "wbr", "xmp",
    ])
    /// Boundaries of the parser's "has an element in scope" searches.
    private static let scopeTable = set([
        "applet", "caption", "html", "table", "td", "th", "marquee", "object", "template", "svg", "math",
    ])
    /// Elements whose content is raw text up to their own end tag.
    private static let rawTextTable = set([
        "script", "style", "xmp", "iframe", "noembed", "noframes", "noscript", "plaintext",
    ])
    /// Block-level for text layout: their boundaries separate paragraphs of text.
    private static let blockTable = set([
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "dir",
        "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "frameset", "h1", "h2", "h3", "h4",
        "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "listing", "main", "menu", "nav", "ol", "p",
        "pre", "search", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "xmp",
        "br", "iframe", "video", "audio", "canvas", "select", "textarea", "noscript", "title", "head",
    ])
    private static let headingTable = set(["h1", "h2", "h3", "h4", "h5", "h6"])

    var isVoid: Bool { HTMLTag.voidTable[Int(rawValue)] }
    var closesParagraph: Bool { HTMLTag.closesParagraphTable[Int(rawValue)] }
    var isSpecial: Bool { HTMLTag.specialTable[Int(rawValue)] }
    var isScopeBoundary: Bool { HTMLTag.scopeTable[Int(rawValue)] }
    var isRawText: Bool { HTMLTag.rawTextTable[Int(rawValue)] }
    var isBlock: Bool { HTMLTag.blockTable[Int(rawValue)] }
    var isHeading: Bool { HTMLTag.headingTable[Int(rawValue)] }
    /// `title` and `textarea`: text up to their end tag, character references decoded.
    var isEscapableRawText: Bool { self == .title || self == .textarea }

    // Frequently used tags, as constants (ids are the positions in `names` plus 3).
    static let a = HTMLTag(rawValue: 3)  // a
    static let article = HTMLTag(rawValue: 8)  // article
    static let aside = HTMLTag(rawValue: 9)  // aside
    static let blockquote = HTMLTag(rawValue: 18)  // blockquote
    static let body = HTMLTag(rawValue: 19)  // body
    static let br = HTMLTag(rawValue: 20)  // br
    static let caption = HTMLTag(rawValue: 23)  // caption
    static let dd = HTMLTag(rawValue: 31)  // dd
    static let div = HTMLTag(rawValue: 37)  // div
    static let dl = HTMLTag(rawValue: 38)  // dl
    static let dt = HTMLTag(rawValue: 39)  // dt
    static let figcaption = HTMLTag(rawValue: 43)  // figcaption
    static let figure = HTMLTag(rawValue: 44)  // figure
    static let footer = HTMLTag(rawValue: 46)  // footer
    static let form = HTMLTag(rawValue: 47)  // form
    static let h1 = HTMLTag(rawValue: 50)  // h1
    static let h2 = HTMLTag(rawValue: 51)  // h2
    static let h3 = HTMLTag(rawValue: 52)  // h3
    static let h4 = HTMLTag(rawValue: 53)  // h4
    static let h5 = HTMLTag(rawValue: 54)  // h5
    static let h6 = HTMLTag(rawValue: 55)  // h6
    static let head = HTMLTag(rawValue: 56)  // head
    static let header = HTMLTag(rawValue: 57)  // header
    static let hr = HTMLTag(rawValue: 59)  // hr
    static let html = HTMLTag(rawValue: 60)  // html
    static let img = HTMLTag(rawValue: 63)  // img
    static let li = HTMLTag(rawValue: 70)  // li
    static let link = HTMLTag(rawValue: 71)  // link
    static let main = HTMLTag(rawValue: 73)  // main
    static let math = HTMLTag(rawValue: 77)  // math
    static let meta = HTMLTag(rawValue: 79)  // meta
    static let nav = HTMLTag(rawValue: 81)  // nav
    static let ol = HTMLTag(rawValue: 87)  // ol
    static let p = HTMLTag(rawValue: 91)  // p
    static let pre = HTMLTag(rawValue: 95)  // pre
    static let script = HTMLTag(rawValue: 103)  // script
    static let section = HTMLTag(rawValue: 105)  // section
    static let span = HTMLTag(rawValue: 110)  // span
    static let style = HTMLTag(rawValue: 113)  // style
    static let svg = HTMLTag(rawValue: 117)  // svg
    static let table = HTMLTag(rawValue: 118)  // table
    static let tbody = HTMLTag(rawValue: 119)  // tbody
    static let td = HTMLTag(rawValue: 120)  // td
    static let textarea = HTMLTag(rawValue: 122)  // textarea
    static let tfoot = HTMLTag(rawValue: 123)  // tfoot
    static let th = HTMLTag(rawValue: 124)  // th
    static let thead = HTMLTag(rawValue: 125)  // thead
    static let time = HTMLTag(rawValue: 126)  // time
    static let title = HTMLTag(rawValue: 127)  // title
    static let tr = HTMLTag(rawValue: 128)  // tr
    static let ul = HTMLTag(rawValue: 132)  // ul
    static let template = HTMLTag(rawValue: 121)  // template
    static let noscript = HTMLTag(rawValue: 85)  // noscript
    static let plaintext = HTMLTag(rawValue: 94)  // plaintext
    static let button = HTMLTag(rawValue: 21)  // button
    static let select = HTMLTag(rawValue: 106)  // select
    static let option = HTMLTag(rawValue: 89)  // option
    static let iframe = HTMLTag(rawValue: 62)  // iframe
    static let code = HTMLTag(rawValue: 26)  // code
    static let menu = HTMLTag(rawValue: 78)  // menu
    static let center = HTMLTag(rawValue: 24)  // center
    static let font = HTMLTag(rawValue: 45)  // font
    static let b = HTMLTag(rawValue: 11)  // b
    static let strong = HTMLTag(rawValue: 112)  // strong
    static let em = HTMLTag(rawValue: 40)  // em
    static let i = HTMLTag(rawValue: 61)  // i
    static let picture = HTMLTag(rawValue: 93)  // picture
    static let input = HTMLTag(rawValue: 64)  // input
    static let label = HTMLTag(rawValue: 68)  // label
    static let object = HTMLTag(rawValue: 86)  // object
    static let embed = HTMLTag(rawValue: 41)  // embed
    static let canvas = HTMLTag(rawValue: 22)  // canvas
    static let video = HTMLTag(rawValue: 134)  // video
    static let audio = HTMLTag(rawValue: 10)  // audio
    static let map = HTMLTag(rawValue: 74)  // map
    static let dialog = HTMLTag(rawValue: 35)  // dialog
    static let address = HTMLTag(rawValue: 5)  // address
    static let cite = HTMLTag(rawValue: 25)  // cite
    static let small = HTMLTag(rawValue: 108)  // small
    static let sup = HTMLTag(rawValue: 116)  // sup
    static let search = HTMLTag(rawValue: 104)  // search
    static let frameset = HTMLTag(rawValue: 49)  // frameset
    static let frame = HTMLTag(rawValue: 48)  // frame
    static let q = HTMLTag(rawValue: 97)  // q
    static let summary = HTMLTag(rawValue: 115)  // summary
    static let details = HTMLTag(rawValue: 33)  // details
    static let hgroup = HTMLTag(rawValue: 58)  // hgroup
}
