/// What a word can contribute to a temporal expression, with its number where it has one
/// (`March` → month 3, `fourth` → ordinal 4, `weeks` → unit week).
struct TimeWord: Sendable, Hashable {
    enum Kind: UInt8, Sendable {
        case month, weekday, weekdayPlural, unit, unitPlural, season, dayWord, partOfDay
        case cardinal, ordinal
        /// `last`, `next`, `this`, `coming`, `past`, `previous`, `following`, `current`, `latest`.
        case relative
        /// `early`, `late`, `mid`, `middle`, `end`, `beginning`, `start`.
        case position
        /// `now`, `currently`, `recently`, `soon`, … → a TimeML reference value.
        case reference
        /// `daily`, `weekly`, `monthly`, … → a set.
        case frequency
        /// `Christmas`, `Thanksgiving`, `Easter`, … (value: a ``Holiday`` raw value).
        case holiday
        /// `nineties`, `eighties`: a decade of the 1900s (value: 9, 8, …).
        case decadeWord
    }

    var kind: Kind
    var value: Int
}

/// Calendar units a count or a modifier can apply to.
enum TimeUnit: Int, Sendable {
    case second = 1, minute, hour, day, week, weekend, fortnight, month, quarter, half, year, decade, century, millennium

    /// The unit's letters in a TimeML duration (`P3D`, `PT4H`); clock units take the `T`.
    var durationCode: String {
        switch self {
        case .second: return "S"
        case .minute: return "M"
        case .hour: return "H"
        case .day: return "D"
        case .week: return "W"
        case .weekend: return "WE"
        case .fortnight: return "W"
        case .month: return "M"
        case .quarter: return "Q"
        case .half: return "H"
        case .year: return "Y"
        case .decade: return "DE"
        case .century: return "CE"
        case .millennium: return "L"
        }
    }

    var isClock: Bool { self == .second || self == .minute || self == .hour }
}

/// Holidays news dates events by; values are fixed days or rules (`Thanksgiving` is the fourth
/// Thursday of November).
enum Holiday: Int, Sendable {
    case christmas = 1, christmasEve, newYearsDay, newYearsEve, thanksgiving, easter, goodFriday, halloween
    case independenceDay, valentinesDay, laborDay, memorialDay, veteransDay, electionDay, boxingDay
    case martinLutherKingDay, presidentsDay, mothersDay, fathersDay

    /// The day in `year`.
    func date(in year: Int) -> CivilDate? {
        switch self {
        case .christmas: return CivilDate(year: year, month: 12, day: 25)
        case .christmasEve: return CivilDate(year: year, month: 12, day: 24)
        case .newYearsDay: return CivilDate(year: year, month: 1, day: 1)
        case .newYearsEve: return CivilDate(year: year, month: 12, day: 31)
        case .halloween: return CivilDate(year: year, month: 10, day: 31)
        case .independenceDay: return CivilDate(year: year, month: 7, day: 4)
        case .valentinesDay: return CivilDate(year: year, month: 2, day: 14)
        case .veteransDay: return CivilDate(year: year, month: 11, day: 11)
        case .boxingDay: return CivilDate(year: year, month: 12, day: 26)
        case .thanksgiving: return Holiday.nth(4, .thursday, month: 11, year: year)
        case .laborDay: return Holiday.nth(1, .monday, month: 9, year: year)
        case .martinLutherKingDay: return Holiday.nth(3, .monday, month: 1, year: year)
        case .presidentsDay: return Holiday.nth(3, .monday, month: 2, year: year)
        case .mothersDay: return Holiday.nth(2, .sunday, month: 5, year: year)
        case .fathersDay: return Holiday.nth(3, .sunday, month: 6, year: year)
        case .memorialDay:
            guard let first = CivilDate(year: year, month: 5, day: 31) else { return nil }
            return first.adding(days: -((first.weekday.rawValue - 1 + 7) % 7))
        case .electionDay:
            // The Tuesday after the first Monday of November.
            return Holiday.nth(1, .monday, month: 11, year: year)?.adding(days: 1)
        case .easter: return Holiday.easter(year)
        case .goodFriday: return Holiday.easter(year)?.adding(days: -2)
        }
    }

    /// The `n`th `weekday` of a month.
    static func nth(_ n: Int, _ weekday: Weekday, month: Int, year: Int) -> CivilDate? {
        guard let first = CivilDate(year: year, month: month, day: 1) else { return nil }
        let offset = (weekday.rawValue - first.weekday.rawValue + 7) % 7
        let date = first.adding(days: offset + 7 * (n - 1))
        return date.month == month ? date : nil
    }

    /// Gregorian Easter Sunday (the anonymous Gregorian algorithm).
    static func easter(_ y: Int) -> CivilDate? {
        let a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4
        let f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CivilDate(year: y, month: month, day: day)
    }
}

enum TimeWords {
    /// Word → its role in time expressions, looked up on token bytes.
    static let table: Lexicon<TimeWord> = {
        var pairs: [(String, TimeWord)] = []
        func add(_ words: String, _ kind: TimeWord.Kind, _ value: Int) {
            for w in words.split(separator: " ") { pairs.append((String(w), TimeWord(kind: kind, value: value))) }
        }
        let months = ["january jan", "february feb", "march mar", "april apr", "may", "june jun", "july jul",
                      "august aug", "september sep sept", "october oct", "november nov", "december dec"]
        for (i, m) in months.enumerated() { add(m, .month, i + 1) }
        let days = ["monday mon", "tuesday tue tues", "wednesday wed weds", "thursday thu thur thurs", "friday fri",
                    "saturday sat", "sunday sun"]
        for (i, d) in days.enumerated() { add(d, .weekday, i + 1) }
        let plural = ["mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays"]
        for (i, d) in plural.enumerated() { add(d, .weekdayPlural, i + 1) }
        let ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                        "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                        "eighteenth", "nineteenth", "twentieth"]
        for (i, w) in ordinals.enumerated() { add(w, .ordinal, i + 1) }
        add("thirtieth", .ordinal, 30)
        let units: [(String, String, TimeUnit)] = [
            ("second", "seconds", .second), ("minute", "minutes", .minute), ("hour", "hours", .hour),
            ("day", "days", .day), ("week", "weeks", .week), ("weekend", "weekends", .weekend),
            ("fortnight", "fortnights", .fortnight), ("month", "months", .month), ("quarter", "quarters", .quarter),
            ("year", "years", .year), ("decade", "decades", .decade), ("century", "centuries", .century),
            ("millennium", "millennia", .millennium),
        ]
        for (one, many, unit) in units {
            add(one, .unit, unit.rawValue)
            add(many, .unitPlural, unit.rawValue)
        }
        add("hrs hr", .unitPlural, TimeUnit.hour.rawValue)
        add("mins min", .unitPlural, TimeUnit.minute.rawValue)
        add("yrs", .unitPlural, TimeUnit.year.rawValue)
        add("spring", .season, 1)
        add("summer", .season, 2)
        add("autumn fall", .season, 3)
        add("winter", .season, 4)
        add("today", .dayWord, 0)
        add("yesterday", .dayWord, -1)
        add("tomorrow tmrw", .dayWord, 1)
        add("tonight", .dayWord, 10)
        add("morning", .partOfDay, 1)
        add("afternoon", .partOfDay, 2)
        add("evening", .partOfDay, 3)
        add("night", .partOfDay, 4)
        add("overnight", .partOfDay, 5)
        add("noon midday", .partOfDay, 6)
        add("midnight", .partOfDay, 7)
        let cardinals = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                         "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
        for (i, w) in cardinals.enumerated() { add(w, .cardinal, i) }
        let tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
        for (i, w) in tens.enumerated() { add(w, .cardinal, (i + 2) * 10) }
        add("hundred", .cardinal, 100)
        add("thousand", .cardinal, 1000)
        add("dozen", .cardinal, 12)
        add("last", .relative, Relative.last.rawValue)
        add("next", .relative, Relative.next.rawValue)
        add("this", .relative, Relative.this.rawValue)
        add("coming upcoming", .relative, Relative.coming.rawValue)
        add("past", .relative, Relative.past.rawValue)
        add("previous preceding prior", .relative, Relative.previous.rawValue)
        add("following", .relative, Relative.following.rawValue)
        add("current present", .relative, Relative.current.rawValue)
        add("latest", .relative, Relative.latest.rawValue)
        add("early", .position, Position.early.rawValue)
        add("late", .position, Position.late.rawValue)
        add("mid middle", .position, Position.mid.rawValue)
        add("end close", .position, Position.end.rawValue)
        add("beginning start", .position, Position.start.rawValue)
        add("now nowadays currently", .reference, Reference.present.rawValue)
        add("recently lately recent formerly once", .reference, Reference.past.rawValue)
        add("soon", .reference, Reference.future.rawValue)
        add("daily nightly", .frequency, TimeUnit.day.rawValue)
        add("weekly", .frequency, TimeUnit.week.rawValue)
        add("monthly", .frequency, TimeUnit.month.rawValue)
        add("hourly", .frequency, TimeUnit.hour.rawValue)
        add("christmas xmas", .holiday, Holiday.christmas.rawValue)
        add("thanksgiving", .holiday, Holiday.thanksgiving.rawValue)
        add("easter", .holiday, Holiday.easter.rawValue)
        add("halloween", .holiday, Holiday.halloween.rawValue)
        add("twenties", .decadeWord, 2)
        add("thirties", .decadeWord, 3)
        add("forties", .decadeWord, 4)
        add("fifties", .decadeWord, 5)
        add("sixties", .decadeWord, 6)
        add("seventies", .decadeWord, 7)
        add("eighties", .decadeWord, 8)
        add("nineties", .decadeWord, 9)
        return Lexicon(pairs, merge: { old, _ in old })
    }()

    /// Words that start or are time expressions but carry none of the shared time classes;
    /// the tokenizer marks them ``WordClass/timeWord`` so the recognizer skips every other word
    /// without a lookup.
    static let triggers = """
        now nowadays currently current present recently lately recent formerly once soon future daily nightly weekly
        monthly hourly christmas xmas thanksgiving easter halloween twenties thirties
        forties fifties sixties seventies eighties nineties fiscal noon midday midnight overnight tmrw middle end
        beginning start latest preceding hrs hr mins min yrs millennia quarter quarters year-end year-earlier
        year-ago first half morning afternoon evening night several these few couple while later additional further
        other comparable corresponding same near short long foreseeable distant immediate full period
        """
}

/// Modifiers of a calendar unit (`last week`, `the following day`).
enum Relative: Int, Sendable {
    case last = 1, next, this, coming, past, previous, following, current, latest
}

/// Where inside a period (`early March`, `the end of the year`).
enum Position: Int, Sendable {
    case early = 1, late, mid, end, start
}

/// TimeML's reference values.
enum Reference: Int, Sendable {
    case present = 1, past, future

    var value: String {
        switch self {
        case .present: return "PRESENT_REF"
        case .past: return "PAST_REF"
        case .future: return "FUTURE_REF"
        }
    }
}
