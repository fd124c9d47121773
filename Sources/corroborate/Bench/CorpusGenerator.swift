import CorroborateCore
import Foundation

/// Writes a deterministic corpus of news-like plain-text articles for benchmarks.
///
/// Articles follow the shapes the analysis reads — headers, captions printed twice, direct and
/// reported quotes, hedged figures with events, relative and absolute dates, an `Original URL`
/// footer — so every extractor does real work. Several outlets report each invented event,
/// with the same names, so story grouping has real stories to find. Every sentence is built
/// from the word lists below; none comes from a real article.
struct CorpusGenerator {
    private var random: SplitMix64
    /// Short articles: one ordinary sentence where the long ones have several.
    var short = false

    init(seed: UInt64) {
        random = SplitMix64(seed: seed)
    }

    /// Articles until their total size reaches `bytes`.
    mutating func articles(totalBytes bytes: Int) -> [(name: String, bytes: [UInt8])] {
        var out: [(String, [UInt8])] = []
        var total = 0
        var story = 0
        while total < bytes {
            let event = makeEvent(story)
            let reports = 3 + random.next(5)
            for r in 0..<reports where total < bytes {
                let text = article(event, report: r)
                total += text.utf8.count
                out.append(("s\(story)-r\(r).txt", Array(text.utf8)))
            }
            story += 1
        }
        return out
    }

    /// `count` articles.
    mutating func articles(count: Int) -> [(name: String, bytes: [UInt8])] {
        var out: [(String, [UInt8])] = []
        var story = 0
        while out.count < count {
            let event = makeEvent(story)
            let reports = 3 + random.next(5)
            for r in 0..<reports where out.count < count {
                out.append(("s\(story)-r\(r).txt", Array(article(event, report: r).utf8)))
            }
            story += 1
        }
        return out
    }

    // MARK: - Events

    struct Event {
        var kind: (noun: String, verb: String, victims: String, event: String)
        var place: String
        var region: String
        var official: (title: String, name: String, pronoun: String)
        var critic: (title: String, name: String, pronoun: String)
        var agency: String
        var acronym: String
        var day: Int
        var month: Int
        var count: Int
        var displaced: Int
    }

    private static let kinds: [(String, String, String, String)] = [
        ("flood", "swept through", "residents", "killed"), ("fire", "tore through", "workers", "injured"),
        ("landslide", "buried", "villagers", "missing"), ("storm", "battered", "people", "killed"),
        ("strike", "shut down", "dockworkers", "joined"), ("collapse", "destroyed", "miners", "trapped"),
        ("protest", "filled", "protesters", "arrested"), ("outbreak", "spread through", "patients", "infected"),
    ]
    private static let places = [
        "Kessel", "Brannock", "Varrow", "Tallowby", "Orsk", "Linden Ford", "Marrow Bay", "Eastfield", "Dunmore",
        "Holloway", "Castor", "Fenwick", "Ardmore", "Calder", "Whitby Cross", "Norrland", "Skarra", "Pellow",
    ]
    private static let regions = ["Lenner Valley", "Korvo Coast", "High Moors", "Ostmark", "Red Plains", "Sable Hills"]
    private static let given = [
        "Ana", "Tomas", "Petra", "Ines", "Jonas", "Marta", "Viktor", "Ruth", "Paul", "Ilse", "Sam", "Lena", "Omar",
        "Nadia", "Karl", "Elena", "David", "Sofia", "Hugo", "Amara",
    ]
    private static let family = [
        "Ruiz", "Hale", "Lindqvist", "Duarte", "Brandt", "Okafor", "Lunde", "Anand", "Dreyer", "Maren", "Ode",
        "Voss", "Haddad", "Brekke", "Keita", "Novak", "Sato", "Mensah", "Ferreira", "Kowal",
    ]
    private static let titles = [
        ("Governor", "he"), ("Mayor", "she"), ("Interior Minister", "she"), ("Police Chief", "he"),
        ("Fire Commissioner", "she"), ("Health Minister", "he"),
    ]
    private static let agencies = [
        ("Regional Emergency Office", "REO"), ("National Rescue Service", "NRS"), ("Civil Protection Agency", "CPA"),
        ("Coastal Safety Board", "CSB"), ("Public Health Institute", "PHI"),
    ]
    private static let outlets = ["harbourledger.example", "northline.example", "capitalwire.example", "islandpost.example", "dailyreader.example"]
    private static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    private static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    private static let subjects = [
        "Crews", "Residents", "Volunteers", "Engineers", "Teachers", "Farmers", "Shop owners", "Nurses", "Drivers",
        "Council workers", "Fishermen", "Students", "Neighbours", "Firefighters", "Pilots", "Builders", "Doctors",
    ]
    private static let verbs = [
        "cleared", "rebuilt", "inspected", "guarded", "repaired", "surveyed", "mapped", "searched", "sealed", "drained",
        "reopened", "cleaned", "photographed", "measured", "patrolled", "stocked", "opened", "closed", "marked", "tested",
    ]
    private static let objects = [
        "the main road", "the old bridge", "the school hall", "the harbour wall", "the rail line", "the market square",
        "the water plant", "the clinic", "the ferry pier", "the grain store", "the power station", "the library",
        "the sports ground", "the bus depot", "the town archive", "the fish market", "the hillside path", "the canal locks",
    ]
    private static let closings = [
        "through the night", "before dawn", "under heavy rain", "with borrowed tools", "despite the cold",
        "in shifts", "with help from the army", "as the water fell", "while sirens sounded", "by hand",
    ]

    /// A sentence of ordinary reporting, varied enough that unrelated reports share few words.
    private mutating func filler(_ place: String) -> String {
        let s = pick(CorpusGenerator.subjects)
        let v = pick(CorpusGenerator.verbs)
        let o = pick(CorpusGenerator.objects)
        let c = pick(CorpusGenerator.closings)
        switch random.next(3) {
        case 0: return "\(s) \(v) \(o) in \(place) \(c)."
        case 1: return "In \(place), \(s.lowercased()) \(v) \(o) \(c), witnesses said."
        default: return "\(s) from \(name(2)) \(v) \(o) \(c)."
        }
    }

    private mutating func pick<T>(_ list: [T]) -> T { random.pick(list) }

    /// An invented name of `syllables` syllables, so each event has names of its own.
    private mutating func name(_ syllables: Int) -> String { random.inventedName(syllables: syllables) }

    private mutating func person() -> (String, String, String) {
        let t = pick(CorpusGenerator.titles)
        let given = random.next(2) == 0 ? pick(CorpusGenerator.given) : name(2)
        return (t.0, "\(given) \(name(2 + random.next(2)))", t.1)
    }

    private mutating func makeEvent(_ n: Int) -> Event {
        let agency = pick(CorpusGenerator.agencies)
        let place = random.next(10) == 0 ? pick(CorpusGenerator.places) : name(2 + random.next(2))
        let region = random.next(10) == 0 ? pick(CorpusGenerator.regions) : "\(name(2)) \(pick(["Valley", "Coast", "Hills", "Province", "Plains"]))"
        return Event(
            kind: pick(CorpusGenerator.kinds), place: place, region: region, official: person(), critic: person(),
            agency: "\(name(2)) \(agency.0)", acronym: String(name(1).prefix(1)) + agency.1, day: 1 + random.next(27),
            month: 1 + random.next(12), count: 5 + random.next(400), displaced: 100 * (5 + random.next(60)))
    }

    // MARK: - Articles

    private mutating func article(_ e: Event, report: Int) -> String {
        let outlet = CorpusGenerator.outlets[(report + e.day) % CorpusGenerator.outlets.count]
        let published = "2026-\(pad(e.month))-\(pad(min(28, e.day + 1 + report % 3)))"
        let month = CorpusGenerator.months[e.month - 1]
        let weekday = pick(CorpusGenerator.weekdays)
        let official = e.official
        let surname = official.1.split(separator: " ").last.map(String.init) ?? official.1
        let reported = report % 4 == 3 ? e.count + 40 : e.count
        var p: [String] = []
        p.append("\(e.kind.noun.capitalized) \(e.kind.verb) \(e.place) on \(weekday), leaving \(reported) \(e.kind.victims) \(e.kind.event), officials said.")
        p.append("\(official.0) \(official.1) said about \(Formatting.grouped(Double(e.displaced))) people had been evacuated from the \(e.region) since \(month) \(e.day).")
        p.append("“We are doing everything we can to reach every family in \(e.place),” \(official.1) told reporters on \(weekday).")
        p.append("“Nobody should return to the area until the engineers say it is safe.”")
        p.append("The \(e.agency) (\(e.acronym)) reported that approximately \(e.count) \(e.kind.victims) had been \(e.kind.event) and \(e.count * 3) injured in the \(e.kind.noun).")
        for _ in 0..<(short ? 1 : 3 + random.next(4)) { p.append(filler(e.place)) }
        p.append("A rescue boat on a flooded street in \(e.place). Picture: \(pick(CorpusGenerator.given)) \(pick(CorpusGenerator.family))/\(outlet)")
        p.append(p[p.count - 1])
        p.append("\(e.critic.0) \(e.critic.1) said the warnings had been ignored last week. “We told them in \(month), and nobody listened,” \(e.critic.2) said.")
        p.append("Mr \(surname) rejected the criticism, saying crews had arrived within two hours of the first call.")
        p.append("More than \(e.count / 2 + 3) homes were destroyed and at least \(e.count + 10) damaged, according to the \(e.acronym).")
        for _ in 0..<(short ? 0 : 4 + random.next(6)) { p.append(filler(e.place)) }
        p.append("The inquiry is expected to report within six months, a spokeswoman for the \(e.acronym) said on \(pick(CorpusGenerator.weekdays)).")
        let title = "\(e.kind.noun.capitalized) in \(e.place): \(reported) \(e.kind.victims) \(e.kind.event)"
        let header = report % 5 == 4 ? "" : "date \(published)\n"
        return header + title + "\n\n" + p.joined(separator: "\n\n") + "\n\nOriginal URL: https://\(outlet)/news/\(published)/\(e.place.lowercased().split(separator: " ").joined(separator: "-"))-\(report)\n"
    }

    private func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}

/// A small, fast, seedable generator so every run writes the same corpus.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// A value in `0..<bound`.
    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return Int(z % UInt64(bound))
    }

    /// One element of `list`, chosen at random.
    mutating func pick<T>(_ list: [T]) -> T { list[next(list.count)] }

    private static let onsets = ["b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "dr", "kr", "st", "tr", "sh", "th", "gr"]
    private static let vowels = ["a", "e", "i", "o", "u", "ai", "ei", "ou"]
    private static let codas = ["", "", "n", "r", "l", "s", "k", "m", "th", "nd", "rk"]

    /// A pronounceable invented name of `syllables` syllables, capitalised: names no real
    /// article or gazetteer holds.
    mutating func inventedName(syllables: Int) -> String {
        var s = ""
        for _ in 0..<syllables { s += pick(SplitMix64.onsets) + pick(SplitMix64.vowels) }
        s += pick(SplitMix64.codas)
        return s.prefix(1).uppercased() + s.dropFirst()
    }
}
