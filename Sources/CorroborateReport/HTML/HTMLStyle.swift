/// The pages' stylesheet: readable text, highlight colours that say what each mark is, and
/// tables that fit a phone. No scripts, no web fonts, no images.
public enum HTMLStyle {
    public static let css = """
        :root { --ink: #1d232a; --muted: #5c6670; --line: #d9dee3; --paper: #fbfbf8; --accent: #124e78; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); background: var(--paper); }
        header.site { background: var(--accent); color: #fff; padding: .6rem 1.2rem; display: flex; gap: 1.5rem; align-items: center; flex-wrap: wrap; }
        header.site a { color: #fff; text-decoration: none; font-weight: 600; }
        header.site form { margin-left: auto; }
        header.site input[type=search] { padding: .3rem .5rem; border-radius: 4px; border: 0; min-width: 16rem; }
        main { max-width: 60rem; margin: 0 auto; padding: 1rem 1.2rem 3rem; }
        h1 { font-size: 1.6rem; margin: 1rem 0 .4rem; }
        h2 { font-size: 1.2rem; margin: 1.8rem 0 .6rem; border-bottom: 1px solid var(--line); padding-bottom: .2rem; }
        h3 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; }
        a { color: var(--accent); }
        .meta, .muted { color: var(--muted); font-size: .9rem; }
        table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; font-size: .95rem; }
        th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid var(--line); }
        th { font-weight: 600; color: var(--muted); }
        td.num { text-align: right; font-variant-numeric: tabular-nums; }
        ul.findings { padding-left: 1.1rem; }
        ul.findings li { margin: .5rem 0; }
        .badge { display: inline-block; border-radius: 3px; padding: 0 .4rem; font-size: .8rem; font-weight: 600; }
        .badge.conflict { background: #fde2e1; color: #8a1c16; }
        .badge.agreement { background: #dff3e4; color: #1e5b2e; }
        .badge.single-source { background: #eceff3; color: #3d4852; }
        .badge.update { background: #e3ecfa; color: #1b3f73; }
        .badge.variant { background: #f6ead9; color: #6b4513; }
        .badge.aspect { background: none; border: 1px solid var(--line); color: var(--muted); font-weight: 400; }
        ol.brief li { margin: .35rem 0; }
        ol.brief li.conflict { color: #8a1c16; }
        .cites, .sourcing { color: var(--muted); font-size: .85rem; }
        .edit code { font-size: .85rem; white-space: pre-wrap; }
        table.figures tr.conflict td { background: #fdf0ef; }
        table.figures tr.conflict td:first-child { border-left: 3px solid #c0392b; }
        mark.cited { text-decoration: underline dotted var(--muted); }
        :target + mark, a:target + mark { outline: 2px solid var(--accent); }
        blockquote { margin: .3rem 0 .3rem 1rem; padding-left: .8rem; border-left: 3px solid var(--line); }
        .article-text { white-space: pre-wrap; background: #fff; border: 1px solid var(--line); padding: 1rem 1.2rem; border-radius: 4px; }
        mark { background: none; color: inherit; border-radius: 2px; }
        mark.quote { background: #e6f0fa; }
        mark.figure { background: #fff1c7; font-weight: 600; }
        mark.time { background: #e5f5e8; }
        mark.entity { border-bottom: 2px solid #b5a7d6; }
        mark.caption { color: var(--muted); font-style: italic; }
        .legend mark { padding: 0 .3rem; margin-right: .6rem; }
        .snippet mark { background: #fff1c7; font-weight: 600; }
        nav.pages { margin-top: 1rem; display: flex; gap: 1rem; }

        """
}
