/// A number the text states, with what it counts, the event, and who claims it.
///
/// Ranges keep both ends (`low`, `high`) and are never averaged; `value` is set only for a
/// single number. Hedges such as `about` or `more than` set ``approximate`` and ``hedge``.
public struct Figure: Sendable, Hashable, Codable {
    /// The number and its hedge and unit as written (`about 3,000`, `1,200`, `40 per cent`).
    public var span: Span
    public var value: Double?
    public var low: Double?
    public var high: Double?
    public var approximate: Bool
    /// The hedge word or bound as written, lowercased (`about`, `more than`, `estimated`).
    public var hedge: String?
    /// What sort of quantity this is: a count, money, a percentage, a measure, a fraction, an age….
    public var kind: Kind = .count
    /// A unit of measure, normalised (`percent`, `dollar`, `kilometre`, `dollar per barrel`); nil
    /// for plain counts.
    public var unit: String?
    /// For money: the ISO 4217 code of the currency (`USD`, `EUR`, `GBP`), when the text fixes it.
    public var currency: String?
    /// What is counted (`flood victims`, `dockworkers`, `age`).
    public var what: String?
    public var whatSpan: Span?
    /// The event counted, normalised (`killed`, `wounded`, `captured`, `killed-or-wounded`).
    public var event: String?
    public var eventSpan: Span?
    /// Who states the figure, when the sentence or its attribution says.
    public var claimant: Attribution?

    public init(
        span: Span, value: Double? = nil, low: Double? = nil, high: Double? = nil, approximate: Bool = false,
        hedge: String? = nil, unit: String? = nil, what: String? = nil, whatSpan: Span? = nil,
        event: String? = nil, eventSpan: Span? = nil, claimant: Attribution? = nil
    ) {
        self.span = span
        self.value = value
        self.low = low
        self.high = high
        self.approximate = approximate
        self.hedge = hedge
        self.unit = unit
        self.what = what
        self.whatSpan = whatSpan
        self.event = event
        self.eventSpan = eventSpan
        self.claimant = claimant
    }

    /// What sort of quantity a figure states, so that only like compares with like.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// Things or people counted (`300 soldiers`, `two boats`).
        case count
        /// An amount of money (`$2.5 million`, `€3bn`); ``Figure/currency`` names the currency.
        case money
        /// A percentage or a change in percentage points.
        case percent
        /// A physical measure (`12 km`, `5 kg`, `800 mph`).
        case measure
        /// A length of time (`two hours`, `10 years`).
        case duration
        /// A fraction or proportion (`two-thirds`, `half of`, `one in five`).
        case fraction
        /// A person's or thing's age (`aged 20`, `a 14-year-old`).
        case age
        /// A ratio (`3 to 1`, `by a factor of 2`).
        case ratio
    }

    /// The bounds the figure allows, widened by its hedge: `about 3,000` admits 2,700…3,300.
    public var tolerance: ClosedRange<Double>? {
        let lo = low ?? value
        let hi = high ?? value
        guard let lo, let hi else { return nil }
        switch hedge {
        case "more than", "over", "at least", "upwards of", "in excess of", "above":
            return lo...(hi * 10)
        case "up to", "as many as", "fewer than", "less than", "under", "at most", "nearly", "almost", "below":
            return (lo * 0.8)...hi
        default:
            return approximate ? (lo * 0.9)...(hi * 1.1) : lo...hi
        }
    }
}
