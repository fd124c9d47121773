/// Turns an HTML page into its article text and headline.
///
/// A thin front for ``HTMLReader`` when only the text is wanted (JSON Lines records with an
/// `html` field); it never fails, whatever the input.
public enum HTMLText {
    /// The main text and title of a page.
    public static func extract(_ html: String) -> (text: String, title: String?) {
        let page = HTMLReader().read(utf8: Array(html.utf8))
        return (page.text, page.title)
    }
}
