/// The words claim alignment compares, reduced to concepts: a light stem (`captured`,
/// `captures` → `captur`), then a group of words news uses for the same thing (`captured`,
/// `prisoners`, `detainees`; `found`, `recovered`, `discovered`), so two outlets' sentences
/// about one fact meet even when they share few words.
///
/// The groups are general news paraphrases, not any story's vocabulary; a word outside them is
/// its own concept.
enum ClaimVocabulary {
    /// Word groups, the first word naming the group.
    static let groups: [[String]] = [
        ["capture", "captured", "captures", "capturing", "captive", "captives", "prisoner", "prisoners", "pow", "pows",
         "detainee", "detainees", "detained", "detain", "detention", "custody", "hostage", "hostages"],
        ["kill", "killed", "killing", "killings", "dead", "death", "deaths", "died", "die", "dies", "dying", "deceased",
         "fatality", "fatalities", "slain", "perished"],
        ["wound", "wounded", "wounds", "injured", "injure", "injuries", "injury", "hurt"],
        ["suicide", "suicidal", "self-detonate", "self-detonation", "self-destruct"],
        ["find", "found", "finds", "discover", "discovered", "discovery", "recover", "recovered", "uncover", "uncovered",
         "unearthed", "located", "retrieved"],
        ["document", "documents", "documentation", "papers", "paperwork", "id", "ids", "identification", "identity",
         "passport", "passports"],
        ["diary", "diaries", "notebook", "notebooks", "journal", "journals"],
        ["order", "orders", "ordered", "directive", "directives", "instruction", "instructions", "instructed",
         "command", "commands", "commanded"],
        ["exchange", "exchanged", "exchanges", "swap", "swapped", "swaps", "trade", "traded"],
        ["return", "returned", "returning", "repatriate", "repatriated", "repatriation", "hand", "handed"],
        ["ready", "prepared", "willing"],
        ["soldier", "soldiers", "troop", "troops", "forces", "servicemen", "serviceman", "fighters", "fighter",
         "personnel", "combatants", "combatant"],
        ["attack", "attacked", "attacks", "assault", "assaulted", "raid", "raids", "bombing", "bombardment", "shelling",
         "airstrike", "airstrikes"],
        ["flood", "floods", "flooded", "flooding", "inundated"],
        ["evacuate", "evacuated", "evacuation", "evacuees", "displaced", "fled", "flee", "fleeing"],
        ["collapse", "collapsed", "breach", "breached", "burst", "failed", "failure"],
        ["talks", "negotiation", "negotiations", "negotiate", "negotiated", "negotiating", "meeting", "met"],
        ["deal", "agreement", "accord", "pact", "treaty"],
        ["resign", "resigned", "resignation", "quit", "quits"],
        ["inquiry", "investigation", "investigate", "investigated", "investigating", "probe", "investigators"],
        ["arrest", "arrested", "arrests", "detentions"],
        ["rescue", "rescued", "rescuers", "rescuing"],
        ["rise", "rose", "risen", "increase", "increased", "grew", "climbed", "jumped", "soared", "surged"],
        ["fall", "fell", "fallen", "drop", "dropped", "decline", "declined", "decreased", "plunged", "slumped"],
        ["aid", "help", "helped", "assistance"],
        ["deploy", "deployed", "deployment", "sent", "dispatched"],
        ["strike", "strikes", "walkout", "walked", "stoppage"],
        ["government", "administration", "authorities", "cabinet"],
    ]

    /// The state each state word gives, by word hash.
    static let states: ConceptMap<ClaimUnit.PersonState> = {
        var table = ConceptMap<ClaimUnit.PersonState>(capacity: 64)
        for w in deadWords { table[hash(Array(w.utf8))] = .dead }
        for w in heldWords { table[hash(Array(w.utf8))] = .held }
        for w in aliveWords { table[hash(Array(w.utf8))] = .alive }
        return table
    }()

    /// The concept of finding words (`found`, `recovered`).
    static let findConcept = group("found")
    static let killConcept = group("killed")
    static let suicideConcept = group("suicide")
    /// What finding is not about: the people found and what happened to them.
    static let notFound: Set<UInt64> = [group("soldiers"), killConcept, group("captured"), group("wounded"), findConcept]

    static let reflexives: Set<UInt64> = Set(["himself", "herself", "themselves", "itself", "oneself"].map { hash(Array($0.utf8)) })
    static let takeWords: Set<UInt64> = Set(["take", "takes", "took", "taken", "taking"].map { hash(Array($0.utf8)) })
    static let lifeWords: Set<UInt64> = Set(["life", "lives"].map { hash(Array($0.utf8)) })
    static let own = hash(Array("own".utf8))

    private static func group(_ word: String) -> UInt64 {
        let b = Array(word.utf8)
        return concepts[stemHash(b, 0, b.count)] ?? 0
    }

    /// Everyday content words of English: they fill any sentence, so sharing them says little
    /// about sharing a fact. Their concepts weigh `everydayWeight` of a rarer word's.
    static let everyday: ConceptMap<Bool> = {
        let words = """
            able across act action actually add added age ago ahead allow almost already also area around ask asked
            away back bad became become becomes began begin behind being believe best better big bit body book both
            bring brought build building call called came can case cause center certain change changed chance
            child children city clear close come comes coming continue continued could country course court cut
            day days decided decision deep different do does doing done door down during early effort efforts either else end
            enough even ever every example eye face fact family far feel felt few field figure fill final
            finally fine first follow followed following form former forward free front full further gave get gets
            getting give given gives giving go goes going gone good got great group grow hand hands happen
            happened hard head hear heard heart held high home hope house however human idea important include
            including instead interest keep kept kind knew know known large last late later lead least leave left
            less let level life light like likely line lines little live long look looked looking lost lot made
            main major make makes making man many matter may mean means men might mind moment money more most
            move moved much must name need needed never new next night nothing now number often old once one
            only open order other others out over own part past people per perhaps place plan play point
            possible power put question quite rather real really reason recent recently right room run running
            same saw say see seem seemed seen set several show showed shown side since small so some something
            soon start started state still stop story such sure take taken takes taking tell than thing things
            think though thought through time times today together told took top toward turn turned under
            until upon use used using very view want wanted way week well went whether while whole why without
            woman women word words work world would year years yet young
            """
        var out = ConceptMap<Bool>(capacity: 400)
        for w in words.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            let b = Array(w.utf8)
            let h = stemHash(b, 0, b.count)
            // A word of a paraphrase group speaks for its group.
            if concepts[h] == nil { out[h] = true }
        }
        return out
    }()
    static let everydayWeight = 0.3

    /// Words that say the people a sentence is about are dead.
    static let deadWords: Set<String> = [
        "dead", "deceased", "killed", "body", "bodies", "corpse", "corpses", "remains", "slain", "kia", "fallen", "died",
    ]
    /// Words that say they are held.
    static let heldWords: Set<String> = [
        "captured", "captive", "captives", "prisoner", "prisoners", "pow", "pows", "detainee", "detainees", "detained",
        "custody", "arrested", "hostage", "hostages",
    ]
    /// Words that say they are alive.
    static let aliveWords: Set<String> = ["survivor", "survivors", "alive", "living", "wounded", "injured", "rescued"]

    /// Prepositions that introduce where, or on whom, something was found.
    static let findPrepositions: Set<UInt64> = Set(
        ["on", "among", "from", "with", "inside", "near", "beside", "of", "in", "at"].map { hash(Array($0.utf8)) })

    /// Words that hedge a statement.
    static let hedgeWords: Lexicon<Bool> = Lexicon(
        [
            "reportedly", "allegedly", "alleged", "purportedly", "apparently", "suggest", "suggests", "suggested",
            "suggesting", "may", "might", "could", "possibly", "perhaps", "unconfirmed", "unverified", "believed",
            "estimated", "rumoured", "rumored", "claimed", "claims", "appears", "appeared", "likely",
        ].map { ($0, true) })

    /// Words that place a statement on social media.
    static let socialWords: Lexicon<Bool> = Lexicon(
        [
            "x", "twitter", "tweet", "tweeted", "telegram", "facebook", "instagram", "tiktok", "youtube", "weibo",
            "wechat", "truth", "bluesky", "threads", "reddit", "vk", "post", "posted", "account", "video",
        ].map { ($0, true) })

    /// Concept of a stem, for stems that belong to a group.
    static let concepts: ConceptMap<UInt64> = {
        var table = ConceptMap<UInt64>(capacity: 512)
        for group in groups {
            let id = hash(Array(("#" + group[0]).utf8))
            for word in group {
                let bytes = Array(word.utf8)
                table[stemHash(bytes, 0, bytes.count)] = id
            }
        }
        return table
    }()

    /// The concept of the word at `bytes[start..<end]`: its group, else its stem.
    static func concept(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
        let h = stemHash(bytes, start, end)
        return concepts[h] ?? h
    }

    /// FNV-1a over the lowercased light stem: plural `-s`/`-es`/`-ies`, `-ing`, `-ed` and a
    /// final `-e` go, so `capture`, `captured`, `captures` and `capturing` meet.
    static func stemHash<C: RandomAccessCollection>(_ bytes: C, _ start: Int, _ end: Int) -> UInt64
    where C.Element == UInt8, C.Index == Int {
        var e = end
        func at(_ i: Int) -> UInt8 { Lexicon<Int>.lower(bytes[i]) }
        func ends(_ suffix: StaticString) -> Bool {
            let n = suffix.utf8CodeUnitCount
            guard e - start > n + 2 else { return false }
            return suffix.withUTF8Buffer { s in (0..<n).allSatisfy { at(e - n + $0) == s[$0] } }
        }
        var y = false
        if ends("ies") {
            e -= 3
            y = true
        } else if ends("sses") {
            e -= 2
        } else if e - start > 3, at(e - 1) == 0x73, at(e - 2) != 0x73, at(e - 2) != 0x75, at(e - 2) != 0x69 {
            e -= 1
        }
        if !y {
            if ends("ing") {
                e -= 3
            } else if ends("ed") {
                e -= 2
            }
            // `stopped` → `stopp` → `stop`; `killed` keeps its `ll`, which is never doubled by `-ed`.
            if e - start > 3, at(e - 1) == at(e - 2), at(e - 1) != 0x6C, at(e - 1) != 0x73, ByteClass.isASCIILetter(bytes[e - 1]) {
                e -= 1
            }
            if e - start > 3, at(e - 1) == 0x65 { e -= 1 }
        }
        var h: UInt64 = 14_695_981_039_346_656_037
        for i in start..<e { h = (h ^ UInt64(at(i))) &* 1_099_511_628_211 }
        if y { h = (h ^ 0x79) &* 1_099_511_628_211 }
        return h
    }

    /// The concepts of the content words of `text` (names included, as words), sorted: how two
    /// renderings of one quote are compared, whoever capitalised what.
    static func concepts(ofText text: String) -> [UInt64] {
        var out: Set<UInt64> = []
        var bytes = Array(text.utf8)
        bytes.withUnsafeMutableBufferPointer { b in
            let buffer = UnsafeBufferPointer(b)
            var i = 0
            while i < buffer.count {
                guard ByteClass.isASCIILetter(buffer[i]) else {
                    i += 1
                    continue
                }
                let s = i
                while i < buffer.count, ByteClass.isASCIILetter(buffer[i]) || buffer[i] == 0x2D { i += 1 }
                guard i - s >= 3, let base = buffer.baseAddress else { continue }
                let classes = Lexicons.words.value(at: base + s, count: i - s) ?? []
                if classes.isDisjoint(with: ClaimUnit.skipped) { out.insert(concept(buffer, s, i)) }
            }
        }
        return out.sorted()
    }

    /// FNV-1a over the lowercased word, as the word sets above are keyed.
    static func wordHash(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
        var h: UInt64 = 14_695_981_039_346_656_037
        for i in start..<end { h = (h ^ UInt64(Lexicon<Int>.lower(bytes[i]))) &* 1_099_511_628_211 }
        return h
    }

    static func hash(_ bytes: [UInt8]) -> UInt64 {
        var h: UInt64 = 14_695_981_039_346_656_037
        for b in bytes { h = (h ^ UInt64(Lexicon<Int>.lower(b))) &* 1_099_511_628_211 }
        return h
    }
}
