/// A whole HTML page around a body: the doctype, the head, the stylesheet.
///
/// A page served by `corroborate serve` links its stylesheet (the server's Content-Security-
/// Policy allows styles from itself only); a report written to a file embeds it, so the file
/// stands alone.
///
/// ```swift
/// let page = HTMLDocument(title: "Story s1", body: HTMLReport().story(corpus), style: .embedded)
/// try page.render().write(toFile: "s1.html", atomically: true, encoding: .utf8)
/// ```
public struct HTMLDocument: Sendable {
    /// Where the page's style comes from.
    public enum Style: Sendable {
        /// A `<link>` to this URL.
        case linked(String)
        /// Inside the page.
        case embedded
    }

    public var title: String
    /// Body markup, already escaped (as ``HTMLReport`` writes it).
    public var body: String
    public var style: Style

    public init(title: String, body: String, style: Style = .embedded) {
        self.title = title
        self.body = body
        self.style = style
    }

    public func render() -> String {
        var out = "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<meta name=\"generator\" content=\"corroborate \(Corroborate.version)\">\n"
        out += "<title>\(HTMLEscape.text(title))</title>\n"
        switch style {
        case .linked(let href): out += "<link rel=\"stylesheet\" href=\"\(HTMLEscape.text(href))\">\n"
        case .embedded: out += "<style>\n\(HTMLStyle.css)</style>\n"
        }
        out += "</head>\n<body>\n\(body)\n</body>\n</html>\n"
        return out
    }
}
