// Word lists written for Corroborate from general knowledge of English news prose. Country,
// capital and demonym names follow ISO 3166 short names and common English usage; given
// names are frequent names across the languages most often in international news.

enum LexiconData {
    static let classLists: [(String, WordClass)] = [
        (function, .function), (sentenceStarters, .sentenceStarter), (pronouns, .pronoun),
        (malePronouns, .male), (femalePronouns, .female), (pluralPronouns, .plural),
        (titles, .title), (titleModifiers, .titleModifier), (maleTitles, .male), (femaleTitles, .female), (roleNouns, .roleNoun),
        (pluralRoleNouns, [.roleNoun, .plural]), (speakingBodies, .speakingBody),
        (reportingVerbs, .reportingVerb), (cognitionVerbs, .cognitionVerb), (reportingNouns, .reportingNoun),
        (months, .month), (weekdays, .weekday), (dayWords, .dayWord), (timeUnits, .timeUnit),
        (seasons, .season), (timeModifiers, .timeModifier), (numberWords, .numberWord),
        (ordinalWords, .ordinalWord), (multipliers, .multiplier), (hedges, .hedge), (events, .event),
        (orgWords, .orgWord), (orgNouns, .orgNoun), (placeWords, .placeWord), (places, .place), (countries, [.place, .country]),
        (demonyms, .demonym), (givenNames, .givenName), (units, .unit), (abbreviations, .abbreviation),
        (organizations, .organization), (futureWords, .future), (pastWords, .past),
        (complementizers, .complementizer), (countNouns, .countNoun), (notNames, .notName),
        (platforms, .platform), (nameParticles, .nameParticle), (nameSuffixes, .nameSuffix),
        (TimeWords.triggers, .timeWord),
        (figureWords, .figureWord),
    ]

    static let function = """
        a an the and or but nor of in on at to for from by with without as into onto after before since until
        during under between among through against across within upon via per than then so if because while
        although though whether that which who whom whose what where when why how this these those there here
        is are was were be been being am has have had do does did will would shall should can could may might
        must not no also only just even still all any some each every both either neither such its his her
        their our my your it he she they we i you him them us me up out off down over about around near
        """

    static let sentenceStarters = """
        the a an but and however meanwhile in on at after before when while if as this that these those there
        it he she they we i his her their its our some many most other another one both all such what why how
        where who yet so also still then now earlier later last next according despite during since until for
        from with without by of to among under over about although though because instead asked speaking
        several few no not more less even only once further separately previously recently here unlike like
        amid following nor or whether each every any neither either my your you can will would could should
        may might must do does did is are was were has have had be being been let please thus hence indeed
        moreover furthermore nevertheless nonetheless otherwise therefore perhaps maybe often sometimes
        always never already just yes asked answered given having being sources officials analysts experts
        critics supporters residents witnesses police troops soldiers forces authorities today yesterday
        tomorrow tonight monday tuesday wednesday thursday friday saturday sunday overall still instead
        asked though whereas whatever whoever whichever wherever however within without along across toward
        towards upon beyond beside besides behind below above inside outside throughout except regarding
        concerning including excluding plus minus via near
        """

    static let pronouns = "he she it they him her them his its their we i you himself herself itself themselves"
    static let malePronouns = "he him his himself mr sir king prince lord father brother son husband"
    static let femalePronouns = "she her hers herself mrs ms miss madam queen princess lady dame mother sister daughter wife"
    static let pluralPronouns = "they them their themselves we us our"

    static let titles = """
        executive
        mr mrs ms miss mx dr prof professor comrade president   minister chancellor king queen prince princess
        sir dame lord lady pope general gen lt lieutenant colonel col major maj captain capt sgt sergeant
        admiral adm commander cmdr governor gov senator sen rep representative congressman congresswoman
        mayor judge  secretary ambassador chairman chairwoman chair ceo director  spokesman
        spokeswoman spokesperson academic analyst lawmaker reverend rev sheikh emir ayatollah marshal private
        corporal  premier leader speaker envoy commissioner superintendent inspector detective officer
        sheriff attorney prosecutor dean rabbi imam cardinal archbishop bishop pastor father coach founder
        chancellor counsellor councillor councilman councilwoman assemblyman assemblywoman delegate
        president-elect vice-president mp mep       
                    
        """
    static let titleModifiers = """
        foreign defence defense interior finance economy health justice trade security state supreme crown
        grand first former acting interim top senior deputy vice prime chief home education energy
        environment transport culture agriculture labour labor treasury attorney general lord lady opposition
        majority minority house senate party regional provincial national federal
        """
    static let maleTitles = "mr sir king prince lord father congressman chairman spokesman councilman assemblyman emir sheikh"
    static let femaleTitles = "mrs ms miss queen princess lady dame congresswoman chairwoman spokeswoman councilwoman assemblywoman"

    static let roleNouns = """
        official lawmaker politician spokesman spokeswoman spokesperson minister analyst expert researcher
        academic professor soldier commander officer diplomat source witness resident leader president chief
        head director executive adviser advisor aide senator governor mayor ambassador envoy reporter
        journalist correspondent editor activist prosecutor lawyer attorney judge investigator doctor member
        negotiator representative secretary scientist economist chairman ceo founder candidate voter nominee
        strategist pollster historian defector prisoner captive man woman person user observer insider
        employee worker manager owner writer author blogger commentator critic supporter opponent rival
        veteran survivor victim relative neighbour neighbor friend colleague spokesperson presenter host
        anchor student teacher expert specialist consultant officer general admiral colonel captain pilot
        medic nurse physician surgeon engineer farmer driver lawmaker congressman congresswoman legislator
        premier monarch king queen prince princess emperor dictator leader commander-in-chief soldier
        """
    static let pluralRoleNouns = """
        officials lawmakers politicians analysts experts researchers academics soldiers commanders officers
        diplomats sources witnesses residents leaders executives advisers advisors aides reporters
        journalists activists prosecutors lawyers investigators doctors members negotiators scientists
        economists voters strategists historians defectors prisoners captives people men women persons users
        observers insiders employees workers critics supporters opponents veterans survivors victims
        relatives neighbours neighbors friends colleagues students teachers specialists consultants
        authorities troops police
        """
    static let speakingBodies = """
        government ministry agency military army navy police authorities administration commission council
        committee court parliament congress senate campaign company firm office department service embassy
        party union team group organization organisation institute bank board foundation coalition alliance
        account newspaper outlet network channel station broadcaster kremlin pentagon regime cabinet
        presidency spokesman command headquarters forces intelligence prosecutor prosecutors authority
        operator regulator watchdog utility council inquiry court judge owner airline firm manufacturer
        """

    static let reportingVerbs = """
        say says said saying tell tells told telling add adds added adding write writes wrote written writing
        claim claims claimed claiming state states stated announce announces announced confirm confirms
        confirmed deny denies denied warn warns warned insist insists insisted argue argues argued explain
        explains explained note notes noted report reports reported reveal reveals revealed assert asserts
        asserted allege alleges alleged acknowledge acknowledges acknowledged admit admits admitted declare
        declares declared describe describes described comment comments commented remark remarks remarked
        recall recalls recalled suggest suggests suggested tweet tweets tweeted post posts posted urge urges
        urged predict predicts predicted promise promises promised vow vows vowed pledge pledges pledged
        accuse accuses accused blame blames blamed ask asks asked reply replies replied respond responds
        responded answer answers answered continue continues continued conclude concludes concluded
        emphasize emphasizes emphasized emphasise emphasises emphasised stress stresses stressed maintain
        maintains maintained contend contends contended complain complains complained joke jokes joked quip
        quips quipped testify testifies testified disclose discloses disclosed indicate indicates indicated
        mention mentions mentioned concede concedes conceded counter counters countered boast boasts boasted
        shout shouts shouted yell yells yelled cry cries cried whisper whispers whispered inform informs
        informed assure assures assured recount recounts recounted repeat repeats repeated reiterate
        reiterates reiterated clarify clarifies clarified observe observes observed caution cautions
        cautioned threaten threatens threatened demand demands demanded criticize criticizes criticized
        criticise criticises criticised praise praises praised dismiss dismisses dismissed echo echoes
        echoed underline underlines underlined underscore underscores underscored reads read agree agrees
        agreed admitted lament laments lamented exclaim exclaims exclaimed charge charges charged contest
        contests contested dispute disputes disputed proclaim proclaims proclaimed
        """
    static let cognitionVerbs = """
        believe believes believed think thinks thought estimate estimates estimated assess assesses assessed
        find finds found expect expects expected fear fears feared hope hopes hoped suspect suspects
        suspected know knows knew feel feels felt understand understands understood consider considers
        considered reckon reckons reckoned learn learns learned learnt determine determines determined
        conclude concludes concluded show shows showed shown
        """
    static let reportingNouns = """
        statement statements post posts tweet tweets interview interviews remarks comments comment speech
        speeches briefing address testimony report reports letter message messages announcement conference
        video broadcast op-ed column email memo declaration claim claims assessment notice release
        transcript diary diaries note notes posting podcast editorial filing affidavit complaint
        """

    static let months = """
        january february march april may june july august september october november december jan feb mar apr
        jun jul aug sep sept oct nov dec
        """
    static let weekdays = """
        monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays thursdays fridays
        saturdays sundays mon tue tues wed thu thur thurs fri sat
        """
    static let dayWords = "today yesterday tomorrow tonight"
    static let timeUnits = """
        minute minutes hour hours day days week weeks fortnight fortnights month months year years decade
        decades century centuries weekend weekends quarter quarters millennium
        """
    static let seasons = "spring summer autumn fall winter"
    static let timeModifiers = """
        last next this previous coming past ago earlier later early late mid following recent recently
        upcoming prior before after since within
        """

    static let numberWords = """
        zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
        seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety dozen dozens
        """
    static let ordinalWords = """
        first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth
        fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth thirtieth fortieth
        fiftieth hundredth
        """
    static let multipliers = "hundred hundreds thousand thousands million millions billion billions trillion trillions bn mn tn lakh crore"
    static let hedges = """
        about around approximately approx roughly nearly almost some estimated more over least up fewer less
        under below above exceeding excess upwards reportedly alleged allegedly close just circa ca odd plus
        likely possibly perhaps well maximum minimum than as
        """
    static let events = """
        killed kill kills killing dead died die dies death deaths wounded wounding injured injuring injuries
        injury hurt captured capture captive taken detained detain arrested arrest arrests missing displaced
        evacuated fled deployed deploy deploying sent send sending stationed executed abducted kidnapped
        rescued freed released hospitalized hospitalised casualties casualty murdered shot destroyed damaged
        lost surrendered defected drowned burned infected sickened imprisoned jailed convicted charged
        sentenced fired hired laid rescued missing affected stranded trapped buried joined join joining
        striking evacuate
        """

    static let orgWords = """
        service agency ministry forces force army navy command council committee commission party university
        college school bank journal post times news herald tribune guardian telegraph gazette press daily
        corporation corp inc ltd llc plc group association union institute foundation department office
        court parliament assembly congress senate police guard brigade regiment battalion division company
        network organization organisation center centre bureau authority administration federation league
        club society church hospital airlines airways motors holdings partners capital fund trust reserve
        board alliance coalition movement fc academy laboratory studios broadcasting channel magazine review
        observer monitor agency unit operations intelligence commonwealth cabinet tribunal secretariat
        directorate corps fleet guards militia battalions consortium exchange institution ledger chronicle
        courier sentinel inquirer examiner dispatch bulletin mirror express standard wire journal gazette
        reporter telegram bureau networks media broadcasting radio television tv airline railways energy
        industries technologies systems solutions labs pharmaceuticals bancorp insurance dockers workers
        """
    static let orgNouns = """
        agency ministry government military army navy police authorities administration commission council
        committee court parliament congress senate party company firm office department service embassy
        organization organisation institute bank board foundation coalition alliance network newspaper
        broadcaster union regime cabinet intelligence
        """
    static let placeWords = """
        region province oblast district county city town village state republic island islands peninsula
        mountains mountain river valley sea ocean gulf bay strait lake desert coast border territory
        territories prefecture canton municipality krai governorate street square avenue road airport port
        plateau highlands heights kingdom emirate emirates federation dam reservoir bridge canal tunnel
        station harbour harbor park forest falls glacier hills peak pass basin delta lagoon reef oasis
        """

    static let countries = """
        afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas
        bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil brunei
        bulgaria burundi cambodia cameroon canada chad chile china colombia comoros congo croatia cuba cyprus
        czechia denmark djibouti dominica ecuador egypt eritrea estonia eswatini ethiopia fiji finland france
        gabon gambia georgia germany ghana greece grenada guatemala guinea guyana haiti honduras hungary
        iceland india indonesia iran iraq ireland israel italy jamaica japan jordan kazakhstan kenya kiribati
        korea kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein lithuania
        luxembourg madagascar malawi malaysia maldives mali malta mauritania mauritius mexico micronesia
        moldova monaco mongolia montenegro morocco mozambique myanmar burma namibia nauru nepal netherlands
        nicaragua niger nigeria norway oman pakistan palau palestine panama paraguay peru philippines poland
        portugal qatar romania russia rwanda samoa senegal serbia seychelles singapore slovakia slovenia
        somalia spain sudan suriname sweden switzerland syria taiwan tajikistan tanzania thailand togo tonga
        tunisia turkey turkiye turkmenistan tuvalu uganda ukraine uruguay uzbekistan vanuatu venezuela
        vietnam yemen zambia zimbabwe britain england scotland wales america usa uk
        """
    static let places = """
        europe asia africa antarctica oceania arctic antarctic
        kabul tirana algiers luanda yerevan canberra vienna baku dhaka minsk brussels sarajevo gaborone
        brasilia sofia ottawa santiago beijing bogota zagreb havana nicosia prague copenhagen quito cairo
        tallinn  helsinki paris tbilisi berlin accra athens budapest reykjavik delhi jakarta tehran
        baghdad dublin jerusalem rome kingston tokyo amman astana nairobi pristina riyadh bishkek vientiane
        riga beirut tripoli vilnius skopje antananarivo lilongwe valletta nouakchott chisinau ulaanbaatar
        podgorica rabat maputo naypyidaw windhoek kathmandu amsterdam wellington managua niamey abuja
        pyongyang oslo muscat islamabad ramallah lima manila warsaw lisbon doha bucharest moscow kigali
        dakar belgrade freetown bratislava ljubljana mogadishu pretoria seoul juba madrid colombo khartoum
        stockholm bern damascus taipei dushanbe dodoma bangkok tunis ankara ashgabat kampala kyiv kiev 
        montevideo tashkent caracas hanoi sanaa lusaka harare washington london edinburgh
        shanghai mumbai karachi istanbul lagos dubai sydney melbourne toronto montreal vancouver chicago
        houston boston seattle miami atlanta dallas denver detroit philadelphia phoenix baltimore
        milwaukee hollywood manhattan brooklyn queens bronx geneva zurich munich hamburg frankfurt cologne
        milan naples venice florence barcelona valencia seville lyon marseille nice bordeaux manchester
        liverpool birmingham glasgow belfast cardiff oxford cambridge kharkiv kharkov odesa odessa lviv
        dnipro zaporizhzhia kherson mariupol donetsk luhansk bakhmut avdiivka crimea donbas donbass
        sevastopol kursk belgorod bryansk rostov voronezh volgograd novosibirsk yekaterinburg kazan
        vladivostok siberia chechnya dagestan tuva osaka kyoto yokohama busan incheon gaza 
        haifa jericho hebron aleppo homs idlib mosul basra fallujah kandahar herat peshawar lahore
        kolkata chennai bangalore hyderabad shenzhen guangzhou wuhan  chongqing tianjin xinjiang tibet
        macau alaska hawaii california texas florida ohio michigan iowa nevada arizona utah oregon
        washington virginia maryland georgia alabama mississippi louisiana arkansas tennessee kentucky
        indiana illinois wisconsin minnesota missouri kansas nebraska oklahoma colorado wyoming montana
        idaho vermont maine massachusetts connecticut delaware pennsylvania
        """
    static let demonyms = """
        afghan albanian algerian american angolan argentine argentinian armenian australian austrian
        azerbaijani bahraini bangladeshi belarusian belgian bolivian bosnian brazilian british bulgarian
        burmese cambodian cameroonian canadian chadian chilean chinese colombian congolese croatian cuban
        cypriot czech danish dutch ecuadorian egyptian emirati english eritrean estonian ethiopian european
        filipino finnish french georgian german ghanaian greek guatemalan haitian honduran hungarian
        icelandic indian indonesian iranian iraqi irish israeli italian jamaican japanese jordanian kazakh
        kenyan korean kosovar kuwaiti kyrgyz lao latvian lebanese liberian libyan lithuanian malaysian
        malian maltese mexican moldovan mongolian montenegrin moroccan mozambican namibian nepali nepalese
        nigerian nigerien norwegian omani pakistani palestinian panamanian paraguayan peruvian polish
        portuguese qatari romanian russian rwandan saudi scottish senegalese serbian singaporean slovak
        slovenian somali spanish sudanese swedish swiss syrian taiwanese tajik tanzanian thai tunisian
        turkish turkmen ugandan ukrainian uruguayan uzbek venezuelan vietnamese welsh yemeni zambian
        zimbabwean african asian arab western eastern soviet chechen kurdish siberian crimean
        """
    static let givenNames = """
        james john robert michael william david richard joseph thomas charles christopher daniel matthew
        anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason
        jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel
        gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas
        zachary peter kyle ethan walter noah jeremy christian keith roger terry gerald harold sean austin
        carl arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel logan albert willie alan juan
        wayne elijah randy roy vincent ralph eugene russell bobby mason philip louis bill bernie mike ted
        marco chris tim tom jim bob newt rudy chuck mitch nancy hillary barack joe kamala jill melania
        ivanka jared eric lindsey rand mitt jeb ben elizabeth mary patricia jennifer linda barbara susan
        jessica sarah karen lisa betty margaret sandra ashley kimberly emily donna michelle carol amanda
        dorothy melissa deborah stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna
        brenda pamela emma nicole helen samantha katherine christine debra rachel carolyn janet catherine
        maria heather diane ruth julie olivia joyce virginia victoria kelly lauren christina joan evelyn
        judith megan andrea cheryl hannah jacqueline martha gloria teresa ann sara madison frances kathryn
        janice jean abigail alice julia judy sophia grace denise amber doris marilyn danielle beverly
        isabella theresa diana natalie brittany charlotte marie kayla alexis lori kellyanne sean boris
        keir rishi liz theresa gordon tony margaret harold winston justin pierre emmanuel jean francois
        nicolas jacques marine olaf angela friedrich ursula annalena frank-walter giorgia mario silvio
        matteo pedro mariano carlos luis jorge miguel javier pablo manuel alejandro fernando ricardo
        sergio andres diego gustavo lula jair javier claudia andres vladimir volodymyr dmitry dmitri dmytro
        sergei sergey serhiy andrei andriy alexei alexey oleksiy oleksii oleksandr mikhail mykhailo yuri
        yuriy ivan igor oleg pavel petro viktor nikolai mykola anton boris yevgeny yevgeniy evgeny maxim
        kirill valery valeriy vitali vitaliy arseniy ruslan denys denis olena elena yulia tatiana natalia
        svetlana olga irina iryna anastasia ekaterina lyudmila ksenia alla galina marina oksana kateryna
        viktoria aleksandr alexandr lech andrzej mateusz jaroslaw radoslaw recep mohammed muhammad mohamed
        mohammad ahmed ahmad ali omar hassan hussein khalid abdullah abdul ibrahim youssef yousef mahmoud
        mustafa tariq bashar hamad tamim salman benjamin naftali yair isaac moshe avi yitzhak ehud shimon
        narendra rahul sonia indira imran nawaz shehbaz xi li wang zhang liu chen yang huang zhao wu zhou
        xu sun ma zhu hu guo lin luo kim lee park choi jung kang cho yoon jang lim han shin moon yoo
        nguyen tran pham shinzo fumio shigeru yoshihide taro hiroshi akira haruki kenji takeshi yuki
        hans klaus jurgen helmut gerhard wolfgang heinz werner dieter karl stefan markus thomas lars anders
        erik magnus henrik jens mette sanna jacinda scott anthony malcolm kevin julia cyril jacob nelson
        thabo paul uhuru william yoweri abiy bola muhammadu goodluck olusegun ellen kofi antonio antonio
        ursula charles mark josep jose joao luiz fernando dilma evo nicolas hugo daniel gustavo ivan
        alberto cristina mauricio sebastian michelle gabriel dina ashraf hosni anwar gamal abdel fattah
        saddam nouri haider mustafa masoud hassan ebrahim ali akbar mahmoud javad abbas hossein qassem
        yahya ismail khaled marwan yasser mahmoud nabih hassan rafik saad walid michel
        """
    static let units = """
        percent pct percentage per dollar dollars euro euros pound pounds yen yuan renminbi rouble roubles
        ruble rubles won rupee rupees peso pesos franc francs hryvnia hryvnias shekel shekels lira riyal
        dirham real reais km kilometre kilometres kilometer kilometers mile miles metre metres meter meters
        kg kilogram kilograms kilo kilos gram grams tonne tonnes ton tons litre litres liter liters gallon
        gallons barrel barrels hectare hectares acre acres degree degrees mph kph feet foot inch inches cm mm
        ounce ounces lb lbs gb mb tb watt watts megawatt megawatts mw gw kwh mwh gwh calorie calories
        """
    static let abbreviations = """
        mr mrs ms dr prof gen lt col maj capt sgt adm cmdr gov sen rep rev st jr sr jan feb  apr jun jul aug
        sep sept oct nov dec mon tue tues  thu thur thurs fri  inc corp co ltd   vs etc approx est
        dept univ ave blvd mt ft fig vol pp ed eds al u.s u.k u.n e.u d.c a.m p.m e.g i.e ph.d b.c a.d 
        calif fla   md mich minn  nev  tenn tex va  wis ariz ark colo conn    ky 
         mont neb okla  wyo messrs mmes     
        """
    static let organizations = """
        nato afp reuters bbc cnn nbc cbs msnbc npr pbs cia fbi nsa fsb gru sbu kgb mi6 mi5 mossad kcna
        yonhap tass interfax xinhua kyodo wagner hamas hezbollah taliban isis isil opec imf wto unicef
        unesco unhcr iaea icc icj osce asean brics pentagon kremlin google apple microsoft amazon meta
        facebook twitter telegram tiktok youtube instagram openai tesla nasa fifa uefa ioc greenpeace
        bloomberg politico axios breitbart gop dnc rnc congress parliament interpol europol frontex
        hamas houthis gazprom rosneft dia nsc dhs doj dod fema cdc fda sec ftc fcc epa irs
        spacex boeing airbus samsung huawei alibaba tencent toyota volkswagen nissan honda sony
        """
    static let futureWords = "will shall going plans plan intends intend expected scheduled due upcoming tomorrow next 'll"
    static let pastWords = "was were had did been ago yesterday last previous earlier"
    static let complementizers = "that whether"
    static let countNouns = """
        people persons civilians children troops soldiers fighters militants casualties residents families
        homes houses buildings villages patients cases votes seats jobs workers employees members students
        prisoners refugees migrants vehicles tanks drones missiles rockets shells aircraft planes ships
        """
    static let notNames = "i ok tv am pm id ids ceo cfo gdp ai dna hiv covid pc vip diy faq usb gps sms url pdf rpg pow pows"
    static let platforms = """
        x twitter telegram facebook instagram youtube tiktok weibo threads bluesky linkedin reddit whatsapp
        wechat vk substack truth
        """
    static let nameParticles = "van von de der den da di del della du le la bin ibn al el abu ben bint dos das ter"
    static let nameSuffixes = "jr sr ii iii iv"

    /// Multi-word place names, lowercased.
    static let placePhrases = """
        north korea
        south korea
        united states
        united states of america
        united kingdom
        united arab emirates
        saudi arabia
        new zealand
        south africa
        sri lanka
        costa rica
        el salvador
        czech republic
        dominican republic
        central african republic
        democratic republic of the congo
        republic of korea
        ivory coast
        papua new guinea
        burkina faso
        sierra leone
        cape verde
        east timor
        bosnia and herzegovina
        north macedonia
        san marino
        vatican city
        puerto rico
        hong kong
        new york
        new york city
        los angeles
        san francisco
        san diego
        las vegas
        new orleans
        new delhi
        tel aviv
        buenos aires
        rio de janeiro
        sao paulo
        mexico city
        kuala lumpur
        abu dhabi
        the hague
        west bank
        gaza strip
        middle east
        south china sea
        black sea
        red sea
        baltic sea
        latin america
        north america
        south america
        east asia
        southeast asia
        central asia
        eastern europe
        western europe
        new jersey
        new hampshire
        new mexico
        north carolina
        south carolina
        north dakota
        south dakota
        west virginia
        rhode island
        washington dc
        st petersburg
        saint petersburg
        nizhny novgorod
        korean peninsula
        golan heights
        persian gulf
        strait of hormuz
        taiwan strait
        addis ababa
        phnom penh
        kuwait city
        ho chi minh city
        """

    /// Multi-word organisation names, lowercased.
    static let organizationPhrases = """
        united nations
        european union
        world health organization
        red cross
        amnesty international
        human rights watch
        white house
        state department
        justice department
        defense department
        associated press
        wall street journal
        new york times
        washington post
        financial times
        bbc news
        fox news
        cbs news
        nbc news
        abc news
        al jazeera
        central intelligence agency
        federal bureau of investigation
        security council
        supreme court
        european commission
        european parliament
        international criminal court
        international monetary fund
        world bank
        world trade organization
        islamic state
        democratic party
        republican party
        conservative party
        labour party
        communist party
        korean central news agency
        yonhap news agency
        ria novosti
        xinhua news agency
        bloomberg news
        the hill
        daily mail
        sky news
        los angeles times
        chicago tribune
        usa today
        the atlantic
        the new yorker
        the economist
        der spiegel
        le monde
        national security council
        department of defense
        ministry of defence
        ministry of defense
        home office
        foreign office
        houses of parliament
        """

    /// Words besides number words that can begin a figure.
    static let figureWords = "a an half couple dozen dozens hundreds thousands millions billions tens scores minus several few"
}
