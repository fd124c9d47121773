import CorroborateCore

// Time expressions, whose meanings are a tree of cases.

extension Weekday: BinaryStorable {
    func write(to w: inout BinaryWriter) { w.int(rawValue) }

    init(from r: inout BinaryReader) throws(StoreError) {
        let n = try r.int()
        guard let day = Weekday(rawValue: n) else { throw r.corrupt("\(n) is not a weekday") }
        self = day
    }
}

extension TimeMeaning.Direction: BinaryStorable {
    func write(to w: inout BinaryWriter) { w.raw(self) }

    init(from r: inout BinaryReader) throws(StoreError) { self = try r.raw() }
}

extension TimeMeaning: BinaryStorable {
    /// Case tags are part of the stored format: a new case takes a new number, and a number
    /// once used is never reused.
    private enum Tag: UInt8 {
        case value = 0, shift, monthDay, month, relativeMonth, weekdayDate, quarterOfYear, dayOfMonth, dayInMonth
        case nthWeekday, nthWeekdayOf, weekdayCount, offset, weekday, weekdayOfWeek, season, quarter, half
        case yearEarlier, holiday, timeOfDay, within
    }

    func write(to w: inout BinaryWriter) {
        func tag(_ t: Tag) { w.byte(t.rawValue) }
        switch self {
        case .value(let v):
            tag(.value)
            w.string(v)
        case .shift(let unit, let n, let narrative):
            tag(.shift)
            w.raw(unit)
            w.int(n)
            w.bool(narrative)
        case .monthDay(let month, let day, let yearShift):
            tag(.monthDay)
            w.int(month)
            w.int(day)
            w.optionalInt(yearShift)
        case .month(let month, let yearShift):
            tag(.month)
            w.int(month)
            w.optionalInt(yearShift)
        case .relativeMonth(let month, let direction):
            tag(.relativeMonth)
            w.int(month)
            w.value(direction)
        case .weekdayDate(let weekday, let month, let day):
            tag(.weekdayDate)
            w.value(weekday)
            w.int(month)
            w.int(day)
        case .quarterOfYear(let year):
            tag(.quarterOfYear)
            w.int(year)
        case .dayOfMonth(let day):
            tag(.dayOfMonth)
            w.int(day)
        case .dayInMonth(let day, let monthShift):
            tag(.dayInMonth)
            w.int(day)
            w.int(monthShift)
        case .nthWeekday(let n, let weekday):
            tag(.nthWeekday)
            w.int(n)
            w.value(weekday)
        case .nthWeekdayOf(let n, let weekday, let month):
            tag(.nthWeekdayOf)
            w.int(n)
            w.value(weekday)
            w.int(month)
        case .weekdayCount(let weekday, let n):
            tag(.weekdayCount)
            w.value(weekday)
            w.int(n)
        case .offset(let years, let months, let days):
            tag(.offset)
            w.int(years)
            w.int(months)
            w.int(days)
        case .weekday(let weekday, let direction):
            tag(.weekday)
            w.value(weekday)
            w.optional(direction)
        case .weekdayOfWeek(let weekday, let weekShift):
            tag(.weekdayOfWeek)
            w.value(weekday)
            w.int(weekShift)
        case .season(let season, let yearShift):
            tag(.season)
            w.string(season)
            w.optionalInt(yearShift)
        case .quarter(let quarter, let yearShift):
            tag(.quarter)
            w.optionalInt(quarter)
            w.optionalInt(yearShift)
        case .half(let half, let yearShift):
            tag(.half)
            w.int(half)
            w.optionalInt(yearShift)
        case .yearEarlier:
            tag(.yearEarlier)
        case .holiday(let holiday, let yearShift):
            tag(.holiday)
            w.int(holiday)
            w.optionalInt(yearShift)
        case .timeOfDay(let day, let time):
            tag(.timeOfDay)
            w.value(day)
            w.string(time)
        case .within(let period):
            tag(.within)
            w.value(period)
        }
    }

    init(from r: inout BinaryReader) throws(StoreError) {
        let byte = try r.byte()
        guard let tag = Tag(rawValue: byte) else { throw r.corrupt("\(byte) is not a kind of time") }
        switch tag {
        case .value: self = .value(try r.string())
        case .shift: self = .shift(try r.raw(), try r.int(), narrative: try r.bool())
        case .monthDay: self = .monthDay(month: try r.int(), day: try r.int(), yearShift: try r.optionalInt())
        case .month: self = .month(try r.int(), yearShift: try r.optionalInt())
        case .relativeMonth: self = .relativeMonth(try r.int(), direction: try r.value())
        case .weekdayDate: self = .weekdayDate(try r.value(), month: try r.int(), day: try r.int())
        case .quarterOfYear: self = .quarterOfYear(try r.int())
        case .dayOfMonth: self = .dayOfMonth(try r.int())
        case .dayInMonth: self = .dayInMonth(try r.int(), monthShift: try r.int())
        case .nthWeekday: self = .nthWeekday(try r.int(), try r.value())
        case .nthWeekdayOf: self = .nthWeekdayOf(try r.int(), try r.value(), month: try r.int())
        case .weekdayCount: self = .weekdayCount(try r.value(), try r.int())
        case .offset: self = .offset(years: try r.int(), months: try r.int(), days: try r.int())
        case .weekday: self = .weekday(try r.value(), direction: try r.optional())
        case .weekdayOfWeek: self = .weekdayOfWeek(try r.value(), weekShift: try r.int())
        case .season: self = .season(try r.string(), yearShift: try r.optionalInt())
        case .quarter: self = .quarter(try r.optionalInt(), yearShift: try r.optionalInt())
        case .half: self = .half(try r.int(), yearShift: try r.optionalInt())
        case .yearEarlier: self = .yearEarlier
        case .holiday: self = .holiday(try r.int(), yearShift: try r.optionalInt())
        case .timeOfDay: self = .timeOfDay(try r.value(), try r.string())
        case .within: self = .within(try r.value())
        }
    }
}

extension TimeExpression: BinaryStorable {
    func write(to w: inout BinaryWriter) {
        w.value(span)
        w.raw(type)
        w.optionalString(value)
        w.value(meaning)
        w.raw(anchor)
        w.optional(tense)
        w.optional(sentence)
    }

    init(from r: inout BinaryReader) throws(StoreError) {
        self.init(
            span: try r.value(), type: try r.raw(), value: try r.optionalString(), meaning: try r.value(), anchor: try r.raw(),
            tense: try r.optional(), sentence: try r.optional())
    }
}
