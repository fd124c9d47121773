extension TimeRecognizer {
    /// `Christmas`, `Christmas Eve`, `Thanksgiving Day`, `Easter`, `Halloween`.
    func holidayForm(at k: Int, upper: Int, yearShift: Int? = nil, start: Int? = nil) -> TimeMention? {
        guard var h = word(k, .holiday).flatMap(Holiday.init(rawValue:)), view.tokens[k].isCapitalized else { return nil }
        var end = k + 1
        if view.token(end, is: "eve"), h == .christmas {
            h = .christmasEve
            end += 1
        } else if view.token(end, is: "day"), view.tokens[end].isCapitalized {
            end += 1
        } else if view.token(end, is: "sunday"), h == .easter {
            end += 1
        }
        return TimeMention(tokens: (start ?? k)..<end, type: .date, meaning: .holiday(h.rawValue, yearShift: yearShift))
    }

    /// A holiday named `… Day` or `… Eve`, found from its last word: `Election Day`, `New Year's Day`.
    func namedDay(endingAt k: Int, lower: Int) -> TimeMention? {
        guard view.tokens[k].isCapitalized, k > lower else { return nil }
        let isDay = view.token(k, is: "day")
        let isEve = view.token(k, is: "eve")
        guard isDay || isEve else { return nil }
        // `New Year's Day`, `Valentine's Day`, `Mother's Day`
        if view.tokens[k - 1].kind == .possessive, k - 2 >= lower {
            let p = k - 2
            if view.token(p, is: "year"), p - 1 >= lower, view.token(p - 1, is: "new") {
                return TimeMention(tokens: (p - 1)..<(k + 1), type: .date, meaning: .holiday((isEve ? Holiday.newYearsEve : .newYearsDay).rawValue, yearShift: nil))
            }
            guard isDay else { return nil }
            let h: Holiday? =
                view.token(p, is: "valentine") ? .valentinesDay
                : view.token(p, is: "mother") ? .mothersDay : view.token(p, is: "father") ? .fathersDay : nil
            if let h { return TimeMention(tokens: p..<(k + 1), type: .date, meaning: .holiday(h.rawValue, yearShift: nil)) }
            return nil
        }
        guard isDay, view.tokens[k - 1].isCapitalized else { return nil }
        let p = k - 1
        let h: Holiday? =
            view.token(p, is: "election") ? .electionDay
            : view.token(p, is: "independence") ? .independenceDay
            : view.token(p, is: "labor") || view.token(p, is: "labour") ? .laborDay
            : view.token(p, is: "memorial") ? .memorialDay
            : view.token(p, isAnyOf: ["veterans", "armistice"]) ? .veteransDay
            : view.token(p, is: "boxing") ? .boxingDay
            : view.token(p, is: "presidents") ? .presidentsDay : nil
        if let h { return TimeMention(tokens: p..<(k + 1), type: .date, meaning: .holiday(h.rawValue, yearShift: nil)) }
        if view.token(p, is: "king"), p - 2 >= lower, view.token(p - 1, is: "luther"), view.token(p - 2, is: "martin") {
            return TimeMention(tokens: (p - 2)..<(k + 1), type: .date, meaning: .holiday(Holiday.martinLutherKingDay.rawValue, yearShift: nil))
        }
        return nil
    }
}
