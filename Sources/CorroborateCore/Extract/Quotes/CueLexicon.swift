/// What a word can do as the cue of an attribution: which complements carry the attributed
/// content after it, and whether it can close a sentence that reported something before it.
struct CueFrame: OptionSet, Sendable, Hashable {
    let rawValue: UInt16

    /// A clause after it: `that …`, `whether …`, or a bare clause (`said the talks failed`).
    static let clause = CueFrame(rawValue: 1 << 0)
    /// It may end a sentence whose first part is the content: `…, the minister said.`
    static let tail = CueFrame(rawValue: 1 << 1)
    /// A `to` infinitive: `wants to raise taxes`, `vowed to appeal`.
    static let infinitive = CueFrame(rawValue: 1 << 2)
    /// A noun phrase object is the content: `criticised the ruling`, `cited two studies`.
    static let object = CueFrame(rawValue: 1 << 3)
    /// It may name who was addressed before the content: `told reporters that …`.
    static let recipient = CueFrame(rawValue: 1 << 4)
    /// Only an explicit `that`, `whether`, a colon or a quotation makes it a cue (`asked`, `joked`).
    static let weak = CueFrame(rawValue: 1 << 5)
    /// Its content may follow a particle: `called for`, `pointed to`, `warned of`, `spoke about`.
    static let particle = CueFrame(rawValue: 1 << 6)
    /// Reports speech or writing (rather than a belief, a wish or a stance).
    static let speech = CueFrame(rawValue: 1 << 7)
    /// A tag that goes only with a quotation: `as she put it`, `he went on`, `she shot back`.
    static let quoteTag = CueFrame(rawValue: 1 << 8)
    /// Only with its particle is the word a tag (`went` + `on`, `put` + `it`).
    static let tagVerb = CueFrame(rawValue: 1 << 9)
    /// A light verb whose content is a `that` clause: `made it clear that`, `made the case that`.
    static let lightVerb = CueFrame(rawValue: 1 << 10)
}

/// The attribution cues: reporting, cognition, intention and stance verbs with their frames,
/// nouns that take a `that` clause, documents that can be a source, and words that mark a
/// source as anonymous.
///
/// The lists are written from general knowledge of English news prose; verbs are given once
/// and their regular forms are generated (`urge` → `urges`, `urged`, `urging`), with irregular
/// forms spelled out (`say:says,said,saying`).
enum CueLexicon {
    /// Every inflected verb form → its frame.
    static let verbs: Lexicon<CueFrame> = {
        var pairs: [(String, CueFrame)] = []
        for (list, frame) in verbGroups {
            for entry in list.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
                for form in forms(of: String(entry)) { pairs.append((form, frame)) }
            }
        }
        return Lexicon(pairs, merge: { $0.union($1) })
    }()

    /// All verb forms, space-separated, for the shared word table (``WordClass/attributionCue``).
    static let allForms: String = {
        var out: [String] = []
        for (list, _) in verbGroups {
            for entry in list.split(whereSeparator: { $0 == " " || $0 == "\n" }) { out += forms(of: String(entry)) }
        }
        return out.joined(separator: " ")
    }()

    /// The frame of the word at `k`, if it is a cue verb.
    static func frame(_ view: TextView, _ k: Int) -> CueFrame? {
        let t = view.tokens[k]
        guard t.kind == .word else { return nil }
        return view.bytes.withUnsafeBufferPointer { b in
            verbs.lookup(UnsafeBufferPointer(rebasing: b[Int(t.start)..<Int(t.end)]))
        }
    }

    private static let say: CueFrame = [.speech, .clause, .tail]
    private static let tell: CueFrame = [.speech, .clause, .tail, .recipient, .infinitive]
    private static let weakSpeech: CueFrame = [.speech, .weak]
    private static let think: CueFrame = [.clause]
    private static let want: CueFrame = [.infinitive]
    private static let stance: CueFrame = [.object]

    static let verbGroups: [(String, CueFrame)] = [
        // Speech that reports a whole statement and can close the sentence.
        ("""
        say:says,said,saying add write:writes,wrote,written,writing claim announce confirm insist note
        argue explain report reveal assert allege acknowledge admit:admits,admitted,admitting declare
        comment remark recall contend maintain emphasize emphasise stress reiterate concede:concedes,conceded,conceding
        testify:testifies,testified,testifying disclose mention observe predict tweet
        affirm explain recount relate concur:concurs,concurred,concurring speculate surmise theorize
        theorise guess opine muse quip:quips,quipped,quipping retort boast brag:brags,bragged,bragging
        complain lament grumble protest estimate conclude confess bark:barks,barked,barking snapped
        scoff sneer gush rave marvel fume seethe rant thunder roar plead:pleads,pleaded,pled,pleading beg:begs,begged,begging
        intone pronounce mutter murmur sigh groan moan whine grouse gripe tease taunt jeer bellow scream holler
        enthuse interject rejoin emailed texted blogged beam laugh chuckle smile grin shrug gasp cheer exult
        recount reminisce lecture preach vent elaborate
        """, [.speech, .clause, .tail]),
        // Nouns as often as verbs: cues only with `that`, a colon or a quotation.
        ("state", [.speech, .weak]),
        // Speech addressed to someone first.
        ("tell:tells,told,telling inform assure reassure remind notify advise caution warn", tell),
        ("promise vow pledge threaten", [.speech, .clause, .tail, .infinitive]),
        ("deny:denies,denied,denying", [.speech, .clause, .tail, .object]),
        // Speech verbs that report a statement only with `that`, a colon or a quotation.
        ("""
        ask answer reply:replies,replied,replying respond joke shout yell cry:cries,cried,crying whisper
        exclaim echo:echoes,echoed,echoing repeat counter charge post read:reads,read,reading continue
        suggest indicate describe chant sing:sings,sang,sung,singing recite
        """, weakSpeech),
        // Beliefs, findings and knowledge.
        ("""
        believe think:thinks,thought,thinking know:knows,knew,known,knowing expect hope fear feel:feels,felt,feeling
        suspect understand:understands,understood,understanding reckon assume doubt worry:worries,worried,worrying
        realize realise recognize recognise imagine presume find:finds,found,finding determine
        show:shows,showed,shown,showing learn:learns,learned,learnt,learning discover notice
        agree decide conclude see:sees,saw,seen,seeing hear:hears,heard,hearing forget:forgets,forgot,forgotten,forgetting
        remember wonder calculate judge demonstrate prove:proves,proved,proven,proving imply:implies,implied,implying
        signal:signals,signaled,signalled,signaling,signalling hint acknowledge insist
        """, think),
        ("believe think:thinks,thought,thinking feel:feels,felt,feeling", [.tail]),
        // Wishes, plans and undertakings: the infinitive is the content.
        ("""
        want plan:plans,planned,planning seek:seeks,sought,seeking hope intend aim vow pledge promise
        refuse decline offer:offers,offered,offering propose agree wish prefer:prefers,preferred,preferring
        expect urge encourage decide threaten demand request push press
        """, want),
        // Stances towards a person, a proposal or a claim: the object is the content.
        ("""
        support oppose endorse criticize criticise attack blame praise accuse defend reject question cite
        blast slam:slams,slammed,slamming denounce back dismiss mock condemn applaud welcome challenge dispute tout
        highlight decry lambaste label:labels,labeled,labelled,labeling,labelling dub:dubs,dubbed,dubbing
        characterize characterise portray hail laud ridicule chide scold rebuke fault knock
        pan:pans,panned,panning assail bash target pressure recommend propose advocate favor favour
        reference discuss address express voice release issue publish unveil outline detail
        demand request describe call urge deride disparage excoriate castigate berate slam skewer
        champion embrace back rebuff spurn brush veto thank congratulate commend celebrate acknowledge
        """, stance),
        // Verbs whose content follows a particle: `called for`, `pointed to`, `spoke about`, `railed against`.
        ("""
        call point push press lobby advocate speak:speaks,spoke,spoken,speaking talk rail lash hit:hits,hit,hitting
        argue warn testify complain boast joke ask vote weigh refer:refers,referred,referring focus side agree
        """, [.particle]),
        ("went goes shot:shot shoots fired fires chimed chimes piped put:put", [.tagVerb]),
        ("make:makes,made,making", [.lightVerb]),
        // Appearances and expectations: `X seemed to suggest`, `X is expected to announce`.
        ("seem appear", want),
    ]

    /// The particles each particle verb takes its content after (`called for`, `spoke about`).
    static let particles: Lexicon<[StaticString]> = {
        let table: [(String, [StaticString])] = [
            ("call", ["for", "on", "out"]), ("point", ["to", "out"]), ("push", ["for"]), ("press", ["for"]), ("lobby", ["for", "against"]),
            ("advocate", ["for"]), ("speak:speaks,spoke,spoken,speaking", ["about", "of", "out", "against"]), ("talk", ["about", "of"]),
            ("rail", ["against", "at"]), ("lash", ["out"]), ("hit:hits,hit,hitting", ["back", "out"]), ("argue", ["for", "against"]),
            ("warn", ["of", "about", "against"]), ("testify", ["about"]), ("complain", ["about", "of"]), ("boast", ["about", "of"]),
            ("joke", ["about"]), ("ask", ["about", "for"]), ("vote", ["for", "against"]), ("weigh", ["in"]),
            ("refer:refers,referred,referring", ["to"]), ("focus", ["on"]), ("side", ["with", "against"]), ("agree", ["with"]),
        ]
        var pairs: [(String, [StaticString])] = []
        for (entry, words) in table { for form in forms(of: entry) { pairs.append((form, words)) } }
        return Lexicon(pairs)
    }()

    /// Nouns that take a `that` clause giving what someone claims, fears or believes.
    static let contentNouns = table("""
        claim claims assertion assertions argument arguments belief beliefs view views fear fears hope hopes
        idea ideas sense notion suggestion suggestions warning warnings promise promises pledge pledges vow vows
        insistence recommendation recommendations allegation allegations accusation accusations charge charges
        statement statements report reports word news rumor rumors rumour rumours speculation concern concerns
        worry worries complaint complaints admission denial denials prediction predictions assurance assurances
        message reminder evidence indication indications sign signs theory conclusion conclusions finding findings
        assessment estimate impression perception feeling expectation expectations assumption contention
        conviction declaration announcement confirmation doubt doubts acknowledgment acknowledgement
        proposal insinuation implication boast threat threats demand demands
        """)

    /// Documents and findings that can be the source of an attribution (`a poll shows`, `the report found`).
    static let documents = table("""
        poll polls survey surveys study studies report reports analysis analyses data figures numbers statistics
        records record documents document transcript transcripts video videos footage ad ads advertisement
        memo memos letter letters book article articles story stories column editorial op-ed website site
        lawsuit suit complaint filing filings indictment ruling verdict decision law bill legislation plan
        proposal platform research census estimate estimates projections forecast forecasts model review audit
        investigation probe inquiry findings evidence testimony emails email tweet tweets post posts statement
        release message speech interview order guidelines policy resolution paper papers magazine newspaper
        network outlet campaign spot commercial biography memoir account accounts documentary film show
        headline headlines tally count results result exit
        """)

    /// Heads of phrases naming unnamed sources (`officials said`, `a person familiar with …`).
    static let anonymousHeads = table("""
        source sources official officials aide aides insider insiders person people someone somebody
        adviser advisers advisor advisors diplomat diplomats staffer staffers member members operative operatives
        strategist strategists confidant confidants associate associates ally allies employee employees
        officer officers lawmaker lawmakers spokesman spokeswoman spokesperson representative representatives
        observer observers expert experts analyst analysts witness witnesses resident residents
        executive executives investigator investigators
        """)

    /// A set of words given space- or newline-separated.
    private static func table(_ words: String) -> Lexicon<Bool> {
        Lexicon(words.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { (String($0), true) })
    }

    /// The inflected forms of one list entry: `lemma` or `lemma:form,form,…`.
    static func forms(of entry: String) -> [String] {
        let parts = entry.split(separator: ":", maxSplits: 1)
        let lemma = String(parts[0])
        if parts.count == 2 { return [lemma] + parts[1].split(separator: ",").map(String.init) }
        return [lemma, thirdPerson(lemma), past(lemma), participle(lemma)]
    }

    private static func isVowel(_ c: Character) -> Bool { "aeiou".contains(c) }

    private static func thirdPerson(_ w: String) -> String {
        if w.hasSuffix("s") || w.hasSuffix("x") || w.hasSuffix("z") || w.hasSuffix("ch") || w.hasSuffix("sh") { return w + "es" }
        if w.hasSuffix("y"), let p = w.dropLast().last, !isVowel(p) { return w.dropLast() + "ies" }
        return w + "s"
    }

    private static func past(_ w: String) -> String {
        if w.hasSuffix("e") { return w + "d" }
        if w.hasSuffix("y"), let p = w.dropLast().last, !isVowel(p) { return w.dropLast() + "ied" }
        return w + "ed"
    }

    private static func participle(_ w: String) -> String {
        if w.hasSuffix("e"), !w.hasSuffix("ee"), !w.hasSuffix("ye"), !w.hasSuffix("oe") { return w.dropLast() + "ing" }
        return w + "ing"
    }
}
