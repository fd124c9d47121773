/// Hedges and bounds around a number: `about`, `more than`, `at least`, `up to`, `an
/// estimated`, `~` before it; `or so`, `or more`, `-plus`, `+` after it.
extension FigureRun {
    struct Hedge {
        var text: String
        var width: Int
        /// Approximations (`about`) as opposed to bounds (`at least`).
        var approximate: Bool
    }

    private static let three: [(StaticString, StaticString, StaticString, String, Bool)] = [
        ("as", "many", "as", "as many as", false), ("as", "much", "as", "as much as", false),
        ("as", "few", "as", "as few as", false), ("as", "little", "as", "as little as", false),
        ("in", "excess", "of", "in excess of", false), ("no", "more", "than", "no more than", false),
        ("no", "fewer", "than", "no fewer than", false), ("no", "less", "than", "no less than", false),
        ("not", "more", "than", "no more than", false), ("a", "little", "over", "just over", false),
        ("just", "more", "than", "more than", false), ("slightly", "more", "than", "more than", false),
        ("a", "maximum", "of", "up to", false), ("a", "minimum", "of", "at least", false),
    ]

    private static let two: [(StaticString, StaticString, String, Bool)] = [
        ("more", "than", "more than", false), ("less", "than", "less than", false), ("fewer", "than", "fewer than", false),
        ("at", "least", "at least", false), ("at", "most", "at most", false), ("up", "to", "up to", false),
        ("close", "to", "close to", true), ("just", "over", "just over", false), ("just", "under", "just under", false),
        ("well", "over", "well over", false), ("an", "estimated", "an estimated", true), ("upwards", "of", "upwards of", false),
        ("greater", "than", "more than", false), ("higher", "than", "more than", false), ("nearly", "all", "nearly", true),
        ("roughly", "about", "about", true), ("some", "estimated", "an estimated", true), ("around", "about", "about", true),
        ("just", "below", "just under", false), ("just", "above", "just over", false), ("over", "than", "more than", false),
        ("in", "around", "around", true), ("an", "approximate", "approximately", true), ("about", "some", "about", true),
    ]

    private static let one: [(StaticString, Bool)] = [
        ("about", true), ("around", true), ("approximately", true), ("approx", true), ("approx.", true), ("roughly", true),
        ("nearly", true), ("almost", true), ("some", true), ("estimated", true), ("circa", true), ("ca.", true),
        ("over", false), ("under", false), ("below", false), ("above", false), ("exceeding", false), ("only", false),
        ("reportedly", true), ("allegedly", false), ("alleged", false), ("exactly", false), ("precisely", false),
        ("maximum", false), ("minimum", false), ("max", false), ("min", false), ("perhaps", true), ("maybe", true),
        ("possibly", true),
    ]

    /// The hedge just before token `k`.
    func hedge(before k: Int, lower: Int) -> Hedge? {
        guard k - 1 >= lower else { return nil }
        // `~25`, `≈32`: a tilde or approximately-equal sign.
        if view.tokens[k - 1].end == view.tokens[k].start, view.isPunct(k - 1, 0x7E) || view.token(k - 1, is: "≈") {
            return Hedge(text: "about", width: 1, approximate: true)
        }
        // Every hedge ends in a hedge word or one of a few others: test that first.
        let w = view.tokens[k - 1]
        guard w.kind == .word, w.classes.contains(.hedge) || view.token(k - 1, in: FigureWords.hedgeEnds) else { return nil }
        if k - 3 >= lower {
            for (a, b, c, name, approx) in FigureRun.three
            where view.token(k - 3, is: a) && view.token(k - 2, is: b) && view.token(k - 1, is: c) {
                return Hedge(text: name, width: 3, approximate: approx)
            }
        }
        if k - 2 >= lower {
            for (a, b, name, approx) in FigureRun.two where view.token(k - 2, is: a) && view.token(k - 1, is: b) {
                return Hedge(text: name, width: 2, approximate: approx)
            }
        }
        let t = view.tokens[k - 1]
        guard t.kind == .word, t.classes.contains(.hedge) || t.classes.isEmpty || t.flags.contains(.dotted)
            || view.token(k - 1, isAnyOf: ["only", "exactly", "precisely", "maximum", "minimum", "perhaps", "maybe", "possibly"])
        else { return nil }
        for (word, approx) in FigureRun.one where view.token(k - 1, is: word) {
            // `some 3,000` hedges; `some of the 3,000` does not reach here.
            return Hedge(text: view.lowercased(token: k - 1), width: 1, approximate: approx)
        }
        return nil
    }

    /// The hedge just after a figure ending before token `e`: `or so`, `or more`, `-plus`, `+`.
    func hedge(after e: Int, upper: Int) -> Hedge? {
        guard e < upper else { return nil }
        if view.token(e, is: "or"), e + 1 < upper {
            if view.token(e + 1, is: "so") { return Hedge(text: "or so", width: 2, approximate: true) }
            if view.token(e + 1, isAnyOf: ["more", "above", "over"]) { return Hedge(text: "or more", width: 2, approximate: false) }
            if view.token(e + 1, isAnyOf: ["less", "fewer", "under"]) { return Hedge(text: "or less", width: 2, approximate: false) }
        }
        let glued = view.tokens[e].start == view.tokens[e - 1].end
        if glued, view.isPunct(e, 0x2B) { return Hedge(text: "more than", width: 1, approximate: false) }  // 1,000+
        if glued, view.isPunct(e, 0x2D), view.token(e + 1, isAnyOf: ["plus", "odd"]) {
            let odd = view.token(e + 1, is: "odd")
            return Hedge(text: odd ? "odd" : "more than", width: 2, approximate: odd)  // 40-plus, 40-odd
        }
        if view.token(e, is: "plus"), e + 1 >= upper || !parser.mayStart(e + 1) {
            return Hedge(text: "more than", width: 1, approximate: false)
        }
        return nil
    }

    /// `is estimated to have built 900`, `believed to have killed 30`.
    func estimateBefore(_ k: Int, lower: Int) -> String? {
        var j = k - 1
        var steps = 0
        while j >= lower, steps < 5 {
            if view.token(j, isAnyOf: ["estimated", "believed", "thought", "reported", "reportedly", "alleged", "allegedly", "said", "feared"]),
                view.token(j + 1, is: "to") || view.token(j - 1, isAnyOf: ["is", "are", "was", "were", "been", "be"])
            {
                return view.lowercased(token: j)
            }
            if view.isPunct(j, 0x2C) || view.tokens[j].kind == .number { return nil }
            j -= 1
            steps += 1
        }
        return nil
    }
}
