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

    // Frequently used tags.
    static let a = named("a"), article = named("article"), aside = named("aside"), blockquote = named("blockquote")
    static let body = named("body"), br = named("br"), caption = named("caption"), dd = named("dd"), div = named("div")
    static let dl = named("dl"), dt = named("dt"), figcaption = named("figcaption"), figure = named("figure")
    static let footer = named("footer"), form = named("form"), h1 = named("h1"), h2 = named("h2"), h3 = named("h3")
    static let h4 = named("h4"), h5 = named("h5"), h6 = named("h6"), head = named("head"), header = named("header")
    static let hr = named("hr"), html = named("html"), img = named("img"), li = named("li"), link = named("link")
    static let main = named("main"), math = named("math"), meta = named("meta"), nav = named("nav"), ol = named("ol")
    static let p = named("p"), pre = named("pre"), script = named("script"), section = named("section")
    static let span = named("span"), style = named("style"), svg = named("svg"), table = named("table")
    static let tbody = named("tbody"), td = named("td"), textarea = named("textarea"), tfoot = named("tfoot")
    static let th = named("th"), thead = named("thead"), time = named("time"), title = named("title")
    static let tr = named("tr"), ul = named("ul"), template = named("template"), noscript = named("noscript")
    static let plaintext = named("plaintext"), button = named("button"), select = named("select")
    static let option = named("option"), iframe = named("iframe"), code = named("code"), menu = named("menu")
    static let center = named("center"), font = named("font"), b = named("b"), strong = named("strong")
    static let em = named("em"), i = named("i"), picture = named("picture"), input = named("input")
    static let label = named("label"), object = named("object"), embed = named("embed"), canvas = named("canvas")
    static let video = named("video"), audio = named("audio"), map = named("map"), dialog = named("dialog")
    static let address = named("address"), cite = named("cite"), small = named("small"), sup = named("sup")
    static let search = named("search"), frameset = named("frameset"), frame = named("frame"), q = named("q")
    static let summary = named("summary"), details = named("details"), hgroup = named("hgroup")
}
