import CorroborateCore
import Foundation

/// A deterministic stream of short news reports (a headline and three to five sentences) for
/// the story benchmark: several outlets report each invented event in their own words, a share
/// of reports are reprints of another outlet's report (a new headline, sometimes a paragraph
/// less), and the days advance as the stream goes on, as in a news feed.
///
/// Every event has invented people and places, and events of the same kind happen in the same
/// regions on nearby days, so telling stories apart takes names and figures as well as words.
/// Every sentence is built from the phrase lists below; none comes from a real article.
struct ShortArticleGenerator {
    /// One generated report and what the generator knows about it.
    struct Report {
        var article: Article
        /// The event it reports: the true story.
        var event: Int
        /// For a reprint, the index of the report it copies.
        var reprintOf: Int?
    }

    private var random: SplitMix64
    /// New events per day of the stream.
    let eventsPerDay: Int
    /// The share of reports that reprint an earlier report of their event.
    let reprintShare: Double
    private var event = -1
    private var current: Event? = nil
    private var left = 0
    private var reportOfEvent = 0
    /// Original reports of the current event, for reprints: stream index, body, date.
    private var earlier: [(index: Int, body: String, published: CivilDate)] = []
    private(set) var produced = 0
    private let start = CivilDate(year: 2024, month: 1, day: 1)!

    init(seed: UInt64, eventsPerDay: Int = 2_000, reprintShare: Double = 0.1) {
        random = SplitMix64(seed: seed)
        self.eventsPerDay = eventsPerDay
        self.reprintShare = reprintShare
    }

    /// The next report of the stream.
    mutating func next() -> Report {
        if left == 0 {
            event += 1
            current = makeEvent()
            left = 3 + random.next(5)
            reportOfEvent = 0
            earlier = []
        }
        let e = current!
        left -= 1
        defer {
            produced += 1
            reportOfEvent += 1
        }
        let outlet = ShortArticleGenerator.outlets[(e.outletBase + reportOfEvent * 7) % ShortArticleGenerator.outlets.count]
        let id = "e\(event)-r\(reportOfEvent)"
        if !earlier.isEmpty, Double(random.next(1000)) < reprintShare * 1000 {
            let pick = earlier[random.next(earlier.count)]
            var body = pick.body
            if random.next(2) == 0, let cut = body.range(of: "\n\n", options: .backwards) {
                body = String(body[..<cut.lowerBound])  // the last paragraph trimmed
            }
            let published = pick.published.adding(days: random.next(2))
            let article = Article(
                id: id, source: id, outlet: outlet, title: headline(e), published: published, text: body)
            return Report(article: article, event: event, reprintOf: pick.index)
        }
        let published = e.day.adding(days: random.next(3))
        let body = self.body(e)
        earlier.append((produced, body, published))
        let article = Article(id: id, source: id, outlet: outlet, title: headline(e), published: published, text: body)
        return Report(article: article, event: event, reprintOf: nil)
    }

    // MARK: - Events

    private struct Event {
        var kind: Kind
        var place: String
        var region: String
        var official: (title: String, name: String)
        var witness: String
        var body: String
        var count: Int
        var second: Int
        var day: CivilDate
        var weekday: String
        var outletBase: Int
    }

    private struct Kind {
        var noun: String
        var verbs: [String]
        var victims: String
        var outcome: String
        var second: String
    }

    private static let kinds: [Kind] = [
        Kind(noun: "fire", verbs: ["tore through", "swept through", "gutted"], victims: "people", outcome: "injured", second: "homes destroyed"),
        Kind(noun: "flood", verbs: ["swamped", "swept through", "inundated"], victims: "residents", outcome: "evacuated", second: "houses under water"),
        Kind(noun: "storm", verbs: ["battered", "lashed", "hit"], victims: "people", outcome: "hurt", second: "trees down"),
        Kind(noun: "strike", verbs: ["shut down", "halted work at", "closed"], victims: "workers", outcome: "on strike", second: "ships waiting"),
        Kind(noun: "protest", verbs: ["filled", "marched through", "blocked"], victims: "protesters", outcome: "arrested", second: "police deployed"),
        Kind(noun: "landslide", verbs: ["buried", "cut off", "struck"], victims: "villagers", outcome: "missing", second: "roads blocked"),
        Kind(noun: "bus crash", verbs: ["closed a road near", "blocked the highway outside", "shocked"], victims: "passengers", outcome: "injured", second: "vehicles involved"),
        Kind(noun: "outbreak", verbs: ["spread through", "reached", "was confirmed in"], victims: "patients", outcome: "infected", second: "clinics open"),
    ]
    private static let regions = [
        "Lenner Valley", "Korvo Coast", "High Moors", "Ostmark", "Red Plains", "Sable Hills", "Amber Delta", "Northern Fells",
    ]
    private static let titles = ["Governor", "Mayor", "Police Chief", "Fire Commissioner", "Health Minister", "Regional Director"]
    private static let bodies = ["Emergency Office", "Rescue Service", "Civil Protection Agency", "Health Institute", "Port Authority"]
    private static let outlets = [
        "harbourledger.example", "northline.example", "capitalwire.example", "islandpost.example", "dailyreader.example",
        "valleytimes.example", "coastalherald.example", "morningstar.example", "thecourier.example", "metrogazette.example",
        "plainsobserver.example",
    ]
    private static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    private mutating func name(_ syllables: Int) -> String { random.inventedName(syllables: syllables) }

    private mutating func pick<T>(_ list: [T]) -> T { random.pick(list) }

    private mutating func makeEvent() -> Event {
        let day = start.adding(days: event / eventsPerDay)
        return Event(
            kind: pick(ShortArticleGenerator.kinds), place: name(2 + random.next(2)), region: pick(ShortArticleGenerator.regions),
            official: (pick(ShortArticleGenerator.titles), "\(name(2)) \(name(2 + random.next(2)))"),
            witness: "\(name(2)) \(name(2))", body: "\(name(2)) \(pick(ShortArticleGenerator.bodies))",
            count: 3 + random.next(300), second: 10 * (2 + random.next(90)), day: day,
            weekday: ShortArticleGenerator.weekdays[(day.weekday.rawValue + 6) % 7], outletBase: random.next(11))
    }

    // MARK: - Reports

    private mutating func headline(_ e: Event) -> String {
        let k = e.kind
        switch random.next(5) {
        case 0: return "\(k.noun.capitalized) in \(e.place): \(e.count) \(k.victims) \(k.outcome)"
        case 1: return "\(e.count) \(k.outcome) as \(k.noun) hits \(e.place)"
        case 2: return "\(e.place) \(k.noun) leaves \(e.count) \(k.outcome)"
        case 3: return "\(surname(e.official.name)) promises help after \(e.place) \(k.noun)"
        default: return "\(k.noun.capitalized) \(pick(k.verbs)) \(e.place) in the \(e.region)"
        }
    }

    private func surname(_ name: String) -> String { String(name.split(separator: " ").last ?? "") }

    /// A report in one outlet's words: each fact in one of several phrasings, with its own
    /// attribution, time phrase and order, so that two outlets rarely share five words in a row
    /// outside the names and numbers.
    private mutating func body(_ e: Event) -> String {
        let k = e.kind
        let o = e.official
        let when = pick(["on \(e.weekday)", "early on \(e.weekday)", "late on \(e.weekday)", "on \(e.weekday) morning", "overnight"])
        let source = pick(["officials said", "police said", "authorities said", "according to local officials", "the \(e.body) said", "rescuers said"])
        let about = pick(["some", "about", "nearly", "more than", "at least", "roughly"])
        var lead: String
        switch random.next(6) {
        case 0: lead = "A \(k.noun) \(pick(k.verbs)) \(e.place) \(when), leaving \(e.count) \(k.victims) \(k.outcome), \(source)."
        case 1: lead = "At least \(e.count) \(k.victims) were \(k.outcome) after a \(k.noun) \(pick(k.verbs)) \(e.place) \(when), \(source)."
        case 2: lead = "\(o.title) \(o.name) said \(e.count) \(k.victims) had been \(k.outcome) when the \(k.noun) struck \(e.place) \(when)."
        case 3: lead = "The \(k.noun) in the \(e.region) town of \(e.place) has left \(e.count) \(k.victims) \(k.outcome), \(source)."
        case 4: lead = "\(e.count) \(k.victims) in \(e.place) were \(k.outcome) \(when) as a \(k.noun) \(pick(k.verbs)) the town, \(source)."
        default: lead = "\(e.place), a town in the \(e.region), counted \(e.count) \(k.victims) \(k.outcome) after the \(k.noun) \(when)."
        }
        var middle: [String] = []
        switch random.next(6) {
        case 0: middle.append("“We will not leave anyone behind,” \(o.title) \(o.name) told reporters.")
        case 1: middle.append("\(o.name), the \(o.title.lowercased()), promised that every family in \(e.place) would get help.")
        case 2: middle.append("“Help is on its way to \(e.place),” said \(surname(o.name)), who visited the area.")
        case 3: middle.append("Speaking in \(e.place), \(surname(o.name)) said crews were working around the clock.")
        case 4: middle.append("\(surname(o.name)) called the \(k.noun) \(pick(["a tragedy", "a disaster", "a shock"])) and asked residents to stay calm.")
        default: middle.append("“Our first duty is to the people of \(e.place),” \(surname(o.name)) said in a statement.")
        }
        switch random.next(5) {
        case 0: middle.append("The \(e.body) counted \(about) \(e.second) \(k.second) by evening.")
        case 1: middle.append("Officials reported \(about) \(e.second) \(k.second) across the \(e.region).")
        case 2: middle.append("There were \(about) \(e.second) \(k.second), the \(e.body) said.")
        case 3: middle.append("By nightfall the \(e.body) listed \(e.second) \(k.second).")
        default: middle.append("Figures from the \(e.body) showed \(about) \(e.second) \(k.second).")
        }
        if random.next(3) > 0 {
            switch random.next(5) {
            case 0: middle.append("“It happened so fast,” said \(e.witness), who lives nearby.")
            case 1: middle.append("Resident \(e.witness) said neighbours had helped each other through the night.")
            case 2: middle.append("\(e.witness), a local teacher, described scenes of confusion in \(e.place).")
            case 3: middle.append("“Nobody expected this,” \(e.witness) told a local radio station.")
            default: middle.append("Shopkeeper \(e.witness) said the streets of \(e.place) were \(pick(["empty", "crowded", "quiet"])).")
            }
        }
        if middle.count > 1, random.next(2) == 0 { middle.swapAt(0, middle.count - 1) }
        var p = [lead] + middle
        if random.next(2) == 0 {
            switch random.next(5) {
            case 0: p.append("An inquiry into the \(k.noun) is expected within weeks.")
            case 1: p.append("The \(e.body) said it would review its response.")
            case 2: p.append("Opposition leaders called for an independent investigation.")
            case 3: p.append("Schools in \(e.place) will stay closed \(pick(["on Monday", "this week", "until further notice"])).")
            default: p.append("Volunteers set up a collection point in the town hall.")
            }
        }
        return p.joined(separator: "\n\n")
    }
}
