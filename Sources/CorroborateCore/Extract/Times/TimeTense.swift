/// Past or future for a time expression, from the verb group nearest to it: `met on Sunday`
/// is the last Sunday, `will meet on Sunday` and `is to be paid Dec. 14` are ahead, `said
/// Friday it will close Dec. 7` places Friday in the past and December 7 ahead.
///
/// The nearest verb group on the left decides (reporting verbs included, since `said Friday`
/// dates the saying); failing one, the nearest on the right. A participle after `be` takes the
/// tense of the auxiliary before it (`will be paid`, `has been paid`).
struct TimeTense {
    let view: TextView

    private enum Signal: Int8 {
        case future = 1, past = 2, present = 3, be = 4, perfect = 5, to = 6, modal = 7, futureCue = 8
    }

    private static let table: Lexicon<Signal> = {
        var pairs: [(String, Signal)] = []
        func add(_ words: String, _ s: Signal) { for w in words.split(whereSeparator: { $0 == " " || $0 == "\n" }) { pairs.append((String(w), s)) } }
        add("will 'll shall wo won't", .future)
        add("would wouldn't should shouldn't could couldn't can can't cannot may might must mustn't", .modal)
        add("""
            upcoming tomorrow next coming expected expects expect scheduled schedules planned planning intends intend
            aims hopes slated due preparing
            """, .futureCue)
        add("""
            was were wasn't weren't had hadn't did didn't ago yesterday last previous earlier previously said told came went
            met held took gave made found left began won lost ran saw spoke wrote sent fell rose hit struck broke brought bought
            caught fought thought became knew flew drew grew led paid kept felt got put set cut shot fled quit sold spent stood
            sat seized shut sought taught threw understood withdrew woke wore
            """, .past)
        add("is are am isn't aren't does doesn't do don't says tells", .present)
        add("be being", .be)
        add("been has have hasn't haven't", .perfect)
        add("to", .to)
        return Lexicon(pairs)
    }()

    /// The direction of the expression over tokens `range`. With `modalAhead`, `would` and
    /// `could` lean ahead (`said it would pay Dec. 7`); a weekday after them is as often past
    /// (`could be located Wednesday`), so weekdays pass false.
    func direction(for range: Range<Int>, modalAhead: Bool = true) -> TimeMeaning.Direction? {
        let s = view.sentences[view.sentence(containing: range.lowerBound)]
        let before = range.lowerBound - 1
        var limit = false
        if before >= s.tokens.lowerBound {
            // `since May` is past whatever the verb; `as early as Tuesday` ahead.
            if view.token(before, is: "since") { return .past }
            if view.token(before, is: "as"), before - 2 >= s.tokens.lowerBound, view.token(before - 2, is: "as"),
                view.token(before - 1, isAnyOf: ["early", "soon"])
            {
                return .future
            }
            // `until Tuesday`, `through January`: a limit, ahead unless the clause is plainly past.
            limit = view.token(before, isAnyOf: ["until", "till", "by", "through"])
        }
        var found = scan(from: range.lowerBound - 1, to: max(s.tokens.lowerBound, range.lowerBound - 14), step: -1, modalAhead: modalAhead)
        if found == nil {
            found = scan(from: range.upperBound, to: min(s.tokens.upperBound - 1, range.upperBound + 12), step: 1, modalAhead: modalAhead)
        }
        if limit { return found?.direction == .past ? nil : .future }
        return found?.direction
    }

    private struct Found { var direction: TimeMeaning.Direction? }

    private func signal(_ j: Int) -> Signal? {
        let t = view.tokens[j]
        guard t.kind == .word else { return nil }
        return view.bytes.withUnsafeBufferPointer { b in
            TimeTense.table.lookup(UnsafeBufferPointer(rebasing: b[Int(t.start)..<Int(t.end)]))
        }
    }

    /// The first verb signal between `from` and `to` (inclusive), walking by `step`.
    private func scan(from: Int, to: Int, step: Int, modalAhead: Bool) -> Found? {
        var j = from
        while step < 0 ? j >= to : j <= to {
            defer { j += step }
            let t = view.tokens[j]
            if t.kind == .punctuation, view.isPunct(j, 0x3B) || view.isPunct(j, 0x3A) || view.isPunct(j, 0x3F) { return nil }
            // A quotation is someone else's clause (`` and '' in newswire copy too).
            if t.kind == .quote || view.isPunct(j, 0x60) { return nil }
            guard t.kind == .word else { continue }
            // Other dates in the clause are not verbs.
            if t.isCapitalized, j != from, !t.flags.contains(.lineStart) { continue }
            switch signal(j) {
            case .future?: return Found(direction: .future)
            // `would`, `could`: conditional or reported speech of the future.
            case .modal?: return Found(direction: modalAhead ? .future : nil)
            // `had been scheduled for Friday`: a plan made and due before the story.
            case .futureCue?:
                if pastPerfect(before: j) { return Found(direction: .past) }
                // `On Friday, the government planned to pay …`: after the date, `planned` is the
                // clause's own verb in the past tense.
                if step > 0, endsInED(j), auxiliaryDirection(before: j, modalAhead: modalAhead) == .past { return Found(direction: .past) }
                return Found(direction: .future)
            case .past?: return Found(direction: auxiliaryDirection(before: j, modalAhead: modalAhead) ?? .past)
            case .present?:
                // `is to`, `are expected to` read as the future.
                if view.token(j + 1, is: "to") || view.token(j + 1, is: "going") { return Found(direction: .future) }
                return Found(direction: nil)
            case .perfect?: return Found(direction: .past)
            case .to?:
                // `set to expire`, `due to close`: an infinitive after a word of intent.
                let intent = j > 0 && (signal(j - 1) == .futureCue || signal(j - 1) == .present || signal(j - 1) == .be
                    || view.token(j - 1, isAnyOf: ["set", "poised", "about", "likely", "ready", "agreed", "decided", "going", "want", "wants", "plan", "plans", "try", "trying", "seeking", "seeks"]))
                if intent {
                    // `had been scheduled to expire Friday`: a plan made and due in the past.
                    if j > 1, pastPerfect(before: j - 1) { return Found(direction: .past) }
                    return Found(direction: .future)
                }
                continue
            case .be?:
                return Found(direction: auxiliaryDirection(before: j + 1, modalAhead: modalAhead))
            case nil:
                if isPastForm(j) { return Found(direction: auxiliaryDirection(before: j, modalAhead: modalAhead) ?? .past) }
            }
        }
        return nil
    }

    /// The tense a participle at `v` takes from the auxiliaries before it: `will be paid` →
    /// future, `has been paid`/`was paid` → past, `is paid` → none.
    private func auxiliaryDirection(before v: Int, modalAhead: Bool) -> TimeMeaning.Direction? {
        var a = v - 1
        // `will not be`, `has already been`
        while a >= 0, view.token(a, isAnyOf: ["not", "also", "already", "now", "still", "just", "n't", "never"]) { a -= 1 }
        guard a >= 0 else { return nil }
        switch signal(a) {
        case .be?:
            var b = a - 1
            while b >= 0, view.token(b, isAnyOf: ["not", "also", "n't", "then"]) { b -= 1 }
            guard b >= 0 else { return nil }
            switch signal(b) {
            case .future?, .to?, .futureCue?: return .future
            case .modal?: return modalAhead ? .future : nil
            case .perfect?, .past?: return .past
            default: return nil
            }
        case .present?: return nil
        case .future?: return .future
        case .modal?: return modalAhead ? .future : nil
        case .perfect?, .past?: return .past
        default: return .past
        }
    }

    private func endsInED(_ k: Int) -> Bool {
        let e = Int(view.tokens[k].end)
        return view.tokens[k].length > 3 && view.bytes[e - 2] == 0x65 && view.bytes[e - 1] == 0x64
    }

    /// Whether `had` (or `had been`) comes right before `k`.
    private func pastPerfect(before k: Int) -> Bool {
        var a = k - 1
        if a >= 0, view.token(a, is: "been") { a -= 1 }
        while a >= 0, view.token(a, isAnyOf: ["not", "already", "also"]) { a -= 1 }
        return a >= 0 && view.token(a, isAnyOf: ["had", "hadn't"])
    }

    /// A regular past form (`closed`, `announced`) that is not an adjective-like word.
    private func isPastForm(_ k: Int) -> Bool {
        let t = view.tokens[k]
        guard !t.isCapitalized || t.flags.contains(.lineStart), t.length > 4 else { return false }
        let e = Int(t.end)
        guard view.bytes[e - 2] == 0x65, view.bytes[e - 1] == 0x64 else { return false }  // -ed
        return !view.token(k, isAnyOf: ["need", "speed", "indeed", "proceed", "succeed", "exceed", "based", "related", "united", "limited", "alleged", "armed", "detailed", "advanced", "so-called", "concerned", "interested", "supposed", "used", "embed", "hundred"])
    }
}
