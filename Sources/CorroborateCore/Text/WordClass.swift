/// What a word can be, as far as the rules care: one table lookup per token sets these bits,
/// and every extractor reads them instead of looking words up again.
public struct WordClass: OptionSet, Sendable, Hashable {
    public let rawValue: UInt64
    public init(rawValue: UInt64) { self.rawValue = rawValue }

    /// Articles, prepositions, conjunctions, auxiliaries: words that never start a name.
    public static let function = WordClass(rawValue: 1 << 0)
    /// Personal pronouns (`he`, `she`, `it`, `they`) that can stand for a speaker.
    public static let pronoun = WordClass(rawValue: 1 << 1)
    /// Honorifics and offices written before a name (`Mr`, `President`, `Dr`).
    public static let title = WordClass(rawValue: 1 << 2)
    /// Nouns for people by role (`official`, `lawmaker`, `soldier`, `spokesman`).
    public static let roleNoun = WordClass(rawValue: 1 << 3)
    /// Verbs that report speech or writing (`said`, `told`, `wrote`, `claimed`).
    public static let reportingVerb = WordClass(rawValue: 1 << 4)
    /// Nouns for utterances (`statement`, `post`, `interview`, `remarks`).
    public static let reportingNoun = WordClass(rawValue: 1 << 5)
    public static let month = WordClass(rawValue: 1 << 6)
    public static let weekday = WordClass(rawValue: 1 << 7)
    /// `today`, `yesterday`, `tomorrow`, `tonight`.
    public static let dayWord = WordClass(rawValue: 1 << 8)
    /// `day`, `week`, `month`, `year` and their plurals.
    public static let timeUnit = WordClass(rawValue: 1 << 9)
    public static let season = WordClass(rawValue: 1 << 10)
    /// Cardinal number words (`two`, `twenty`, `dozen`).
    public static let numberWord = WordClass(rawValue: 1 << 11)
    /// Ordinal words (`first`, `ninth`).
    public static let ordinalWord = WordClass(rawValue: 1 << 12)
    /// Scale words (`hundred`, `thousand`, `million`, `bn`).
    public static let multiplier = WordClass(rawValue: 1 << 13)
    /// Words that hedge or bound a number (`about`, `nearly`, `estimated`).
    public static let hedge = WordClass(rawValue: 1 << 14)
    /// Words naming what happened to the counted (`killed`, `wounded`, `captured`).
    public static let event = WordClass(rawValue: 1 << 15)
    /// Head words of organisation names (`Service`, `Ministry`, `Forces`, `Journal`).
    public static let orgWord = WordClass(rawValue: 1 << 16)
    /// Head words of place names (`region`, `province`, `Republic`).
    public static let placeWord = WordClass(rawValue: 1 << 17)
    /// Known single-word places (countries, capitals, regions).
    public static let place = WordClass(rawValue: 1 << 18)
    /// Nationality adjectives (`Ukrainian`, `Korean`).
    public static let demonym = WordClass(rawValue: 1 << 19)
    /// Common given names across languages.
    public static let givenName = WordClass(rawValue: 1 << 20)
    /// Units of measure and currencies written as words (`percent`, `km`, `dollars`).
    public static let unit = WordClass(rawValue: 1 << 21)
    /// Abbreviations that end with a period but rarely end a sentence (`Mr.`, `Jan.`, `Gen.`).
    public static let abbreviation = WordClass(rawValue: 1 << 22)
    /// Known organisations and agencies, by name or acronym (`Reuters`, `NATO`).
    public static let organization = WordClass(rawValue: 1 << 23)
    /// Words that begin a sentence but never a name (`The`, `But`, `However`).
    public static let sentenceStarter = WordClass(rawValue: 1 << 24)
    /// Modifiers of relative times (`last`, `next`, `this`, `previous`, `ago`, `earlier`).
    public static let timeModifier = WordClass(rawValue: 1 << 25)
    /// Words of the future (`will`, `shall`, `going`, `plans`): set tense for weekday resolution.
    public static let future = WordClass(rawValue: 1 << 26)
    /// Verbs in the past tense or participle form that matter for tense (`was`, `had`, `did`).
    public static let past = WordClass(rawValue: 1 << 27)
    /// Words that introduce an attributed clause (`that`, `whether`, `if`).
    public static let complementizer = WordClass(rawValue: 1 << 28)
    /// Nouns for organisations by kind (`agency`, `ministry`, `government`, `military`).
    public static let orgNoun = WordClass(rawValue: 1 << 29)
    /// Nouns for a person's relatives or groups of people, which can be counted (`people`, `civilians`).
    public static let countNoun = WordClass(rawValue: 1 << 30)
    /// Lowercase words that, capitalised mid-sentence, still rarely begin a name (`I`, `OK`).
    public static let notName = WordClass(rawValue: 1 << 31)
    /// Verbs that report a belief or finding rather than speech (`believe`, `estimate`, `found`).
    public static let cognitionVerb = WordClass(rawValue: 1 << 32)
    /// Male titles and pronouns.
    public static let male = WordClass(rawValue: 1 << 33)
    /// Female titles and pronouns.
    public static let female = WordClass(rawValue: 1 << 34)
    /// Plural pronouns and nouns (`they`, `officials`).
    public static let plural = WordClass(rawValue: 1 << 35)
    /// Media and platform names used as channels (`X`, `Telegram`, `Facebook`).
    public static let platform = WordClass(rawValue: 1 << 36)
    /// Family names particles (`van`, `de`, `bin`, `al`) that may sit inside a name.
    public static let nameParticle = WordClass(rawValue: 1 << 37)
    /// Name suffixes (`Jr`, `Sr`, `III`).
    public static let nameSuffix = WordClass(rawValue: 1 << 38)
    /// Collective or institutional nouns that speak (`government`, `ministry`, `police`).
    public static let speakingBody = WordClass(rawValue: 1 << 39)
    /// Words that build a title without being one (`Prime`, `Foreign`, `former`).
    public static let titleModifier = WordClass(rawValue: 1 << 40)
    /// Words of time expressions not covered by the classes above (`now`, `fiscal`, `daily`,
    /// `Thanksgiving`); listed by the time extractor in `TimeWords.triggers`.
    public static let timeWord = WordClass(rawValue: 1 << 45)
    /// Words besides number words that can begin a figure (`a` dozen, `half`, `couple`, `minus`).
    public static let figureWord = WordClass(rawValue: 1 << 53)
    /// Countries (and the nations of the United Kingdom): places no other place of a news
    /// story contains.
    public static let country = WordClass(rawValue: 1 << 54)
}

/// The lexicons every extractor shares, built once.
public enum Lexicons {
    /// Word → classes; a word in several lists has the union.
    public static let words: Lexicon<WordClass> = {
        var pairs: [(String, WordClass)] = []
        for (list, cls) in LexiconData.classLists {
            for word in list.split(whereSeparator: { $0 == " " || $0 == "\n" }) where !word.hasPrefix("#") {
                pairs.append((String(word), cls))
            }
        }
        return Lexicon(pairs, merge: { $0.union($1) })
    }()

    /// Month names and abbreviations → month number.
    public static let months: Lexicon<Int> = {
        let names = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                     "october", "november", "december"]
        var pairs: [(String, Int)] = []
        for (i, name) in names.enumerated() {
            pairs.append((name, i + 1))
            pairs.append((String(name.prefix(3)), i + 1))
        }
        pairs.append(("sept", 9))
        return Lexicon(pairs)
    }()

    /// Weekday names and abbreviations → ISO weekday number.
    public static let weekdays: Lexicon<Int> = {
        let names = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        var pairs: [(String, Int)] = []
        for (i, name) in names.enumerated() {
            pairs.append((name, i + 1))
            pairs.append((name + "s", i + 1))
            pairs.append((String(name.prefix(3)), i + 1))
        }
        pairs += [("tues", 2), ("weds", 3), ("thur", 4), ("thurs", 4)]
        return Lexicon(pairs)
    }()

    /// Cardinal and ordinal number words → value.
    public static let numbers: Lexicon<Double> = {
        var pairs: [(String, Double)] = []
        let units = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                     "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
                     "nineteen"]
        for (i, w) in units.enumerated() { pairs.append((w, Double(i))) }
        let tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
        for (i, w) in tens.enumerated() { pairs.append((w, Double((i + 2) * 10))) }
        let ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                        "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
                        "seventeenth", "eighteenth", "nineteenth", "twentieth"]
        for (i, w) in ordinals.enumerated() { pairs.append((w, Double(i + 1))) }
        pairs += [("thirtieth", 30), ("fortieth", 40), ("fiftieth", 50), ("hundredth", 100)]
        pairs += [("dozen", 12), ("dozens", 12), ("hundred", 100), ("hundreds", 100), ("thousand", 1000),
                  ("thousands", 1000), ("million", 1e6), ("millions", 1e6), ("billion", 1e9), ("billions", 1e9),
                  ("trillion", 1e12), ("trillions", 1e12), ("mn", 1e6), ("bn", 1e9), ("tn", 1e12), ("k", 1e3),
                  ("m", 1e6), ("b", 1e9), ("couple", 2), ("pair", 2), ("half", 0.5), ("quarter", 0.25),
                  ("single", 1), ("lakh", 1e5), ("crore", 1e7), ("score", 20)]
        return Lexicon(pairs)
    }()

    /// Multi-word names of places and bodies, lowercased with single spaces → entity type.
    public static let phrases: Lexicon<EntityType> = {
        var pairs: [(String, EntityType)] = []
        for line in Lexicon<EntityType>.entries(LexiconData.placePhrases) { pairs.append((line, .place)) }
        for line in Lexicon<EntityType>.entries(LexiconData.organizationPhrases) { pairs.append((line, .organization)) }
        return Lexicon(pairs)
    }()
}
