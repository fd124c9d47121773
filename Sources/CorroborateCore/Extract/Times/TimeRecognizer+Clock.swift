extension TimeRecognizer {
    /// `10 p.m.`, `10:30`, `10pm`, `noon`, `1400 GMT`, `4 in the morning`, with a day after it
    /// (`9 a.m. EST Tuesday`, `5 p.m. EST, Nov. 6`).
    func clock(at k: Int, lower: Int, upper: Int) -> TimeMention? {
        let t = view.tokens[k]
        let start = Int(t.start), end = Int(t.end)
        var hour: Int? = nil
        var minute = 0
        var j = k + 1
        var explicit = false
        if let colon = (start..<end).first(where: { view.bytes[$0] == 0x3A }) {
            guard let h = digits(start..<colon), colon + 3 <= end, let mm = digits((colon + 1)..<(colon + 3)), h <= 24, mm < 60 else {
                return nil
            }
            // 10:30am
            let rest = (colon + 3)..<end
            if !rest.isEmpty {
                guard let half = meridiem(rest) else { return nil }
                hour = convert(h, half)
                explicit = true
            } else {
                hour = h
            }
            minute = mm
        } else {
            var i = start
            while i < end, view.bytes[i] >= 0x30, view.bytes[i] <= 0x39 { i += 1 }
            guard let h = digits(start..<i) else { return nil }
            if i < end {
                guard let half = meridiem(i..<end), (1...12).contains(h) else { return nil }
                hour = convert(h, half)
                explicit = true
            } else if t.length == 4, h % 100 < 60, h / 100 <= 23, j < upper, zone(j) {
                hour = h / 100
                minute = h % 100
                explicit = true
            } else {
                hour = h
            }
        }
        guard var h = hour else { return nil }
        if !explicit, j < upper, view.tokens[j].kind == .word,
            let half = meridiem(Int(view.tokens[j].start)..<Int(view.tokens[j].end)), (1...12).contains(h)
        {
            h = convert(h, half)
            explicit = true
            j += 1
            // `p.m` followed by a sentence-ending dot keeps the dot out.
        } else if !explicit, (1...12).contains(h), view.token(j, is: "in"), view.token(j + 1, is: "the"),
            let part = word(j + 2, .partOfDay), part <= 4
        {
            h = part >= 2 && h < 12 ? h + 12 : h
            explicit = true
            j += 3
        } else if !explicit, view.token(j, is: "o'clock") {
            explicit = true
            j += 1
        }
        // `10:30` alone counts only where a clock time is expected.
        let colonOnly = !explicit && (start..<end).contains(where: { view.bytes[$0] == 0x3A })
        guard explicit || colonOnly && k > lower && view.token(k - 1, isAnyOf: ["at", "by", "until", "from", "around", "before", "after", "about"])
        else { return nil }
        guard h <= 24 else { return nil }
        while j < upper, zone(j) { j += 1 }
        let time = "T" + CivilDate.pad(h, 2) + ":" + CivilDate.pad(minute, 2)
        // A day after the clock time: `Tuesday`, `Nov. 6`, `yesterday`.
        var d = j
        if view.isPunct(d, 0x2C) { d += 1 }
        // `10 p.m. Wednesday`: the segmenter may end a sentence at `p.m.`; the day still belongs.
        var dayUpper = upper
        if d == upper, d < view.tokens.count, view.tokens[d - 1].kind == .word, view.tokens[d].isCapitalized, word(d, .weekday) != nil {
            dayUpper = view.sentences[view.sentence(containing: d)].tokens.upperBound
        }
        if d < dayUpper, let day = dayAfterClock(at: d, lower: lower, upper: dayUpper) {
            return TimeMention(tokens: k..<day.tokens.upperBound, type: .time, meaning: .timeOfDay(day.meaning, time))
        }
        // A clock time alone is on the day the story last named (`on Oct. 23 … at 10 p.m.`).
        return TimeMention(tokens: k..<j, type: .time, meaning: .timeOfDay(.shift(.day, 0, narrative: true), time))
    }

    /// A day expression that can follow a clock time.
    func dayAfterClock(at d: Int, lower: Int, upper: Int) -> TimeMention? {
        guard d < upper, let m = core(at: d, lower: lower, upper: upper) else { return nil }
        switch m.meaning {
        case .weekday, .monthDay, .shift(.day, _, _): return m
        default: return m.meaning.isDay ? m : nil
        }
    }

    /// `am`, `pm`, `a.m.`, `p.m` → 0 (morning) or 1 (afternoon).
    private func meridiem(_ range: Range<Int>) -> Int? {
        // The letters other than dots must be exactly `am` or `pm`.
        var letters = 0
        var first: UInt8 = 0
        var second: UInt8 = 0
        for i in range {
            let b = Lexicon<Int>.lower(view.bytes[i])
            if b == 0x2E { continue }
            letters += 1
            if letters == 1 { first = b } else if letters == 2 { second = b } else { return nil }
        }
        guard letters == 2, second == 0x6D else { return nil }
        if first == 0x61 { return 0 }
        if first == 0x70 { return 1 }
        return nil
    }

    private func convert(_ h: Int, _ half: Int) -> Int {
        half == 0 ? (h == 12 ? 0 : h) : (h == 12 ? 12 : h + 12)
    }

    /// A time zone written after a clock time (`EST`, `GMT`, `local time`).
    func zone(_ j: Int) -> Bool {
        view.token(j, isAnyOf: ["est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "bst", "cet", "cest", "et", "pt", "ct", "msk", "ist", "jst", "kst"])
            && view.tokens[j].flags.contains(.allCaps)
    }
}
