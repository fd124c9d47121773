/// Word sets the figure pass tests tokens against, looked up by hash on the token bytes.
enum FigureWords {
    /// Verbs of planning and wanting.
    static let intentions = set("""
        plans planned planning wants seeks seeking sought hopes hoping aims aiming intends intended expects
        expected expecting proposing proposed proposes
        """)

    /// Documents that speak in news prose: `a poll found`, `the data show`.
    static let documents = set("""
        poll polls survey surveys study studies report reports data statistics figures census analysis analyses
        estimate estimates research index audit review records documents forecast forecasts projections tally count
        model filing filings paper investigation inquiry assessment numbers calculations findings finding article
        story ad advert video spot slide slides chart charts average tracker complaint lawsuit indictment memo
        letter document budget projection calculation reckoning results result email emails e-mail e-mails cable
        cables law laws rules regulations guidelines transcript website headline release statement dataset database
        registry ranking rankings polling tracking
        """)

    /// Verbs that attribute a figure to their subject, beyond the shared reporting and cognition verbs.
    static let cues = set("""
        predicted predicts projected projects forecast forecasts calculated calculates counted counts tallied cited
        cites indicated indicates suggested suggests wants proposed proposes proposing promised promises pledged
        pledges vowed vows touted touts boasted boasts brags bragged disclosed discloses tweeted posted testified
        wrote told rated rates continued continues replied replies responded responds asked asks asking answered
        recalled recalls ruled rules called calls agree agrees agreed saying adding noting explaining claiming
        arguing insisting warning writing telling stating citing estimating reporting announcing predicting
        acknowledging complaining boasting charging contending conceding recalling suggesting contends contended
        charged charges complained conceded concedes emphasized stressed mentioned mentions highlighted pledging
        promising touting lamented quipped joked puts put pegs pegged places placed proposing plans planned
        planning seeks seeking sought hopes hoping aims aiming offers offered offering demands demanded demanding
        urges urged urging recommends recommended recommending targets targeted budgeted expects expected expecting
        anticipates anticipated intends intended vowing pushing pushed calls calling shows showing found finds
        finding reveals revealing lists listed
        """)

    /// Heads of phrases that speak, beyond the shared role and body nouns.
    static let speakerNouns = set("""
        fund funds attorneys bureau center centre association federation institution university agencies companies
        groups campaigns governments ministries officers economists forecasters pollsters statisticians organizers
        organisers advocates administrators regulators observers monitors rescuers medics firefighters coroner
        hospital hospitals charity charities ngo ngos think-tank thinktank tank
        """)

    /// Words before `one` that make it a pronoun (`each one`, `the same one`).
    static let determinersBeforeOne = set("""
        the this that each every any no which another such same last next only little big new old other right wrong
        young loved favorite favourite someone anyone everyone no-one as than
        """)

    /// Nouns a number labels rather than counts (`category 4`, `flight 370`).
    static let labelNouns = set("""
        category unit game number no no. route page chapter article section room flight gate platform stage level
        grade phase round season episode track exit highway interstate apartment suite floor district ward precinct
        lot item title rule amendment proposition resolution bus channel model version series type class band tier
        batch block building terminal pier berth lane court hole vol vol. issue part act scene verse psalm fig fig.
        """)

    /// Street words after a house number.
    static let streets = set("""
        road rd street st avenue ave lane ln drive dr boulevard blvd way place pl court ct terrace parkway crescent
        close square row highway
        """)

    /// Words after `3-1` that make it a score.
    static let scoreAfter = set("""
        win victory defeat loss lead draw tie margin vote votes ruling decision scoreline record split majority
        deficit advantage home away aggregate down up triumph thrashing drubbing result count
        """)

    /// Words before `3-1` that make it a score.
    static let scoreBefore = set("""
        at won lost beat beating tied drew led leads leading trailed trailing defeated score scored finished ended
        vote voted record
        """)

    /// Words before a four-digit number that make it a year.
    static let yearPrepositions = set("""
        in since until till by of before after during from through year early late mid mid- fiscal fy circa spring
        summer autumn fall winter season class vintage election census
        """)

    /// Adverbs that end the phrase a number counts.
    static let whatStops = set("""
        overnight nationwide worldwide abroad ago alone again apiece each overall annually daily weekly monthly
        yearly too instead altogether later earlier already respectively total combined today yesterday tomorrow
        last next now
        """)

    /// `now`, `also`: adverbs between a subject and its verb.
    static let adverbs = set("now then also still just already soon often never ever again here there not once always even")

    /// Last words of hedges that are not in the shared hedge class (`up to`, `upwards of`).
    static let hedgeEnds = set("to of all most approximate exactly precisely max min maybe only approx approx. ca. estimated")

    /// Nouns for claims that a possessive owns (`Trump's claim that`, `the agency's estimate of`).
    static let claimNouns = set("""
        claim claims assertion assertions estimate estimates figure figures count tally calculation forecast projection
        prediction allegation charge contention plan plans proposal proposals admission
        """)

    /// Adjectives of attitude that take a clause after `be`: `were incensed that`, `is convinced`.
    static let attitudes = set("""
        convinced confident certain sure aware unaware unsure uncertain worried concerned afraid fearful hopeful
        optimistic pessimistic skeptical sceptical doubtful incensed angry furious upset outraged pleased happy glad
        disappointed surprised adamant insistent determined eager keen proud frustrated alarmed
        """)

    /// Words before a plural that make it a noun (`the reports`, `new figures`).
    static let nounMarkers = set("the a an his her their its our my your these those new latest recent initial early official earlier several many")

    /// Words between a subject and its verb (the quote pass's list, hashed).
    static let skippedBeforeCue = Lexicon(SpeakerPhrases.skippedBeforeCue.map { ($0.description, true) })

    private static func set(_ words: String) -> Lexicon<Bool> {
        Lexicon(words.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { (String($0), true) })
    }
}

extension TextView {
    /// Whether token `k` is a word of `set`, ignoring ASCII case.
    func token(_ k: Int, in set: Lexicon<Bool>) -> Bool {
        guard k >= 0, k < tokens.count else { return false }
        let t = tokens[k]
        return bytes.withUnsafeBufferPointer { b in set.lookup(UnsafeBufferPointer(rebasing: b[Int(t.start)..<Int(t.end)])) } ?? false
    }
}
