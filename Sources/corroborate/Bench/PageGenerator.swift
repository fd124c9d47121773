/// Web pages for the HTML benchmark, deterministic for a seed: news articles from the bench's
/// corpus generator wrapped the way news sites wrap them — a header with navigation, a share
/// bar, a byline, figures with captions, JSON-LD, inline scripts and styles, a sidebar of
/// related stories, readers' comments and a footer — so that the text is a small part of the
/// bytes, as on real pages. And hostile pages that must neither crash the reader nor make it
/// use memory out of proportion to the input.
struct PageGenerator {
    private var corpus: CorpusGenerator
    private var random: UInt64

    init(seed: UInt64) {
        corpus = CorpusGenerator(seed: seed)
        random = seed | 1
    }

    private mutating func next(_ bound: Int) -> Int {
        random ^= random << 13
        random ^= random >> 7
        random ^= random << 17
        return Int(random % UInt64(max(1, bound)))
    }

    /// News pages of about `totalBytes` in all.
    mutating func pages(totalBytes: Int) -> [[UInt8]] {
        var pages: [[UInt8]] = []
        var size = 0
        while size < totalBytes {
            let batch = corpus.articles(totalBytes: 256 << 10)
            for file in batch {
                let page = Array(wrap(String(decoding: file.bytes, as: UTF8.self)).utf8)
                size += page.count
                pages.append(page)
                if size >= totalBytes { break }
            }
        }
        return pages
    }

    private mutating func wrap(_ article: String) -> String {
        let lines = article.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        let title = lines.first ?? "Untitled"
        let body = lines.dropFirst()
        var html = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>\(escape(title)) | The Example Herald</title>
            <meta property="og:title" content="\(escape(title))"><meta property="og:site_name" content="The Example Herald">
            <meta property="article:published_time" content="2026-03-0\(1 + next(9))T0\(next(10)):15:00Z">
            <link rel="canonical" href="https://www.herald.example/news/\(next(100000))">
            <style>body{font-family:serif;margin:0}.nav a{padding:4px}.share{display:flex}.sidebar{width:300px}
            .comments{border-top:1px solid #ccc}.ad{min-height:250px}</style>
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"\(jsonEscape(title))","datePublished":"2026-03-05","author":{"@type":"Person","name":"Staff Reporter"}}</script>
            <script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());
            var slots=[];for(var i=0;i<8;i++){slots.push({id:'ad-'+i,sizes:[[300,250],[728,90]]});}</script>
            </head><body><header class="site-header"><a href="/" class="logo">The Example Herald</a>
            <nav class="nav"><ul>
            """
        // Real pages carry far more markup than text: menus, tracking and ad scripts, styles.
        html += "<script>" + PageGenerator.script + "</script><style>" + PageGenerator.style + "</style>"
        for i in 0..<60 {
            html += "<li class=\"nav-item\"><a class=\"nav-link\" data-track=\"nav-\(i)\" href=\"/section/\(i)\">Section \(i)</a>"
            if i % 6 == 0 {
                html += "<ul class=\"dropdown\">" + (0..<5).map { "<li><a href=\"/section/\(i)/\($0)\">Topic \($0)</a></li>" }.joined() + "</ul>"
            }
            html += "</li>"
        }
        html += "</ul></nav></header><main><article class=\"story\"><h1>\(escape(title))</h1>"
        html += "<div class=\"byline\">By <a href=\"/staff/\(next(90))\">Staff Reporter</a> <time datetime=\"2026-03-05T08:00:00Z\">March 5, 2026</time></div>"
        html += "<div class=\"share\"><a href=\"#\">Share</a> <a href=\"#\">Tweet</a> <a href=\"#\">Email</a></div><div class=\"article-body\">"
        for (k, line) in body.enumerated() {
            if k == 2 {
                html += "<figure><img src=\"/img/\(next(1000)).jpg\" alt=\"\"><figcaption>A scene from the report. Photo: Agency</figcaption></figure>"
            }
            if k == 4 { html += "<div class=\"ad\"><script>renderAd('mid')</script></div>" }
            html += "<p>\(escape(line))</p>\n"
        }
        html += "</div></article><aside class=\"sidebar\"><h2>Most read</h2><ul>"
        for i in 0..<16 {
            html += "<li class=\"teaser\"><a href=\"/story/\(next(100000))\"><img src=\"/thumb/\(next(1000)).jpg\" width=\"120\" height=\"80\" alt=\"\">"
            html += "<span class=\"teaser-title\">Another headline number \(i) about the day</span></a><p class=\"teaser-summary\">A short summary of another story.</p></li>"
        }
        html += "</ul></aside><section class=\"comments\" id=\"comments\"><h2>Comments</h2>"
        for i in 0..<(3 + next(5)) {
            html += "<div class=\"comment\"><span class=\"author\">reader\(i)</span><p>I read this and I have views on it, many views.</p></div>"
        }
        html += "</section></main><footer class=\"site-footer\"><p>&copy; 2026 The Example Herald. All rights reserved.</p>"
        html += "<ul>"
        for i in 0..<40 { html += "<li><a href=\"/about/\(i)\" rel=\"nofollow\">About page \(i)</a></li>" }
        html += "</ul></footer><script>(function(){var s=document.createElement('script');s.src='/a.js';document.body.appendChild(s);})();</script></body></html>\n"
        return html
    }

    /// A tracking and ad-loading script of the usual size, the same on every page.
    static let script: String = (0..<120).map { i in
        "window.__cfg\(i)={slot:'ad-\(i)',sizes:[[300,250],[728,90]],targeting:{section:'news',pos:\(i)},lazy:true};if(window.__cfg\(i).lazy&&document.readyState!=='complete'){queue.push(function(){load(\(i))});}\n"
    }.joined()

    /// A stylesheet of the usual size.
    static let style: String = (0..<80).map { i in
        ".c\(i){margin:\(i % 7)px \(i % 5)px;padding:0 \(i % 3)em;font-size:\(12 + i % 6)px;line-height:1.\(i % 9);color:#\(100 + i)}\n"
    }.joined()

    private func escape(_ s: String) -> String {
        s.replacingAll("&", "&amp;").replacingAll("<", "&lt;").replacingAll(">", "&gt;").replacingAll("\"", "&quot;")
    }

    private func jsonEscape(_ s: String) -> String { s.replacingAll("\\", "\\\\").replacingAll("\"", "\\\"") }

    // MARK: - Hostile pages

    /// Named hostile inputs; `megabytes` sizes the large ones.
    mutating func hostile(megabytes: Int) -> [(name: String, bytes: [UInt8])] {
        let size = max(1, megabytes) << 20
        var cases: [(String, [UInt8])] = []
        func repeated(_ unit: String, _ count: Int, prefix: String = "", suffix: String = "") -> [UInt8] {
            var b = Array(prefix.utf8)
            let u = Array(unit.utf8)
            b.reserveCapacity(b.count + u.count * count + suffix.utf8.count)
            for _ in 0..<count { b.append(contentsOf: u) }
            b.append(contentsOf: Array(suffix.utf8))
            return b
        }
        cases.append(("deep nesting: 500,000 unclosed <div>", repeated("<div>", 500_000, suffix: "deep text")))
        cases.append(("deep inline nesting: 300,000 <b><i><font>", repeated("<b><i><font>", 300_000, suffix: "text")))
        cases.append(("nested tables: 100,000 levels", repeated("<table><tr><td>", 100_000, suffix: "cell")))
        cases.append(("unterminated comment", repeated("text and more text ", size / 19, prefix: "<p>before</p><!--")))
        cases.append(("unterminated tag and attribute", repeated("words words ", size / 12, prefix: "<p>before</p><div class=\"")))
        cases.append(("unterminated script", repeated("var x = '<p>'; ", size / 15, prefix: "<p>before</p><script>")))
        cases.append(("unterminated title", repeated("<p>paragraph of the story.</p>", size / 29, prefix: "<title>broken")))
        cases.append(("attribute flood: one tag, 2,000,000 attributes", repeated(" a", 2_000_000, prefix: "<div", suffix: ">x</div>")))
        cases.append(("character reference flood", repeated("&amp;&#x1F600;&#99999999999;&notanentity;&#;&", size / 46, prefix: "<p>", suffix: "</p>")))
        cases.append(("stray end tags: 1,000,000 </p></div>", repeated("</p></div>", 1_000_000)))
        var nul = repeated("<p>text\u{0}with\u{0}NUL\u{0}bytes</p>", size / 28)
        nul.append(0)
        cases.append(("NUL bytes", nul))
        var invalid: [UInt8] = []
        invalid.reserveCapacity(size)
        while invalid.count < size {
            let r = next(100)
            if r < 10 { invalid.append(contentsOf: Array("<p>".utf8)) } else if r < 20 {
                invalid.append(contentsOf: Array("</p>".utf8))
            } else if r < 60 { invalid.append(UInt8(0x80 + next(0x80))) } else { invalid.append(UInt8(0x61 + next(26))) }
        }
        cases.append(("invalid UTF-8 bytes", invalid))
        var noise: [UInt8] = []
        noise.reserveCapacity(size)
        let alphabet = Array("<>/=\"'&#;!-[]abcdiv p script style \n\u{0}".utf8)
        while noise.count < size { noise.append(next(4) == 0 ? UInt8(next(256)) : alphabet[next(alphabet.count)]) }
        cases.append(("random markup noise", noise))
        return cases
    }

    /// One very large, valid page of `megabytes` (paragraphs of a long article).
    mutating func hugePage(megabytes: Int) -> [UInt8] {
        var b = Array("<html><head><title>A very long page</title></head><body><article><h1>A very long page</h1>".utf8)
        let paragraph = Array("<p>The committee met again on Tuesday, and its members, who had argued for hours, agreed on a plan.</p>\n".utf8)
        b.reserveCapacity(megabytes << 20)
        while b.count < megabytes << 20 { b.append(contentsOf: paragraph) }
        b.append(contentsOf: Array("</article></body></html>".utf8))
        return b
    }
}

extension String {
    fileprivate func replacingAll(_ a: String, _ b: String) -> String {
        guard contains(a) else { return self }
        return split(separator: a, omittingEmptySubsequences: false).joined(separator: b)
    }
}
