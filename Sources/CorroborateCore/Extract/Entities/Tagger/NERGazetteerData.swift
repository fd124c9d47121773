// Lists written for Corroborate from general knowledge of the world and of news prose: the most
// frequent family names of large language communities, cities and regions beyond the shared
// place list, well-known companies, bodies, parties, media and sports clubs, and names of the
// `other` kind (events, faiths, languages, awards). Single-word names are separated by spaces
// or newlines; the `…Phrases` lists hold one multi-word name per line. See
// Sources/CorroborateModels/README.md.

enum NERGazetteerData {
    static let surnames = """
        smith johnson williams brown jones miller davis wilson anderson taylor thomas moore martin jackson
        thompson white harris clark lewis robinson walker hall young allen wright king scott green baker
        adams nelson hill campbell mitchell roberts carter phillips evans turner parker collins edwards
        stewart morris murphy cook rogers morgan peterson cooper reed bailey bell kelly howard ward cox
        richardson wood watson brooks bennett gray james hughes price myers long foster sanders ross powell
        sullivan russell jenkins perry butler barnes fisher henderson coleman simmons patterson jordan
        reynolds hamilton graham wallace griffin west cole hayes gibson bryant ellis stevens murray ford
        marshall owens mcdonald harrison kennedy wells woods webb washington tucker freeman burns henry
        snyder simpson crawford porter mason shaw gordon wagner hunter hicks dixon hunt palmer robertson
        black holmes stone meyer boyd mills warren fox rose rice schmidt patel ferguson nichols ryan weaver
        daniels stephens gardner payne kelley dunn pierce arnold spencer peters hawkins grant hansen hart
        elliott cunningham knight bradley obrien o'brien o'neill o'connor mccarthy mcconnell mccain
        mueller muller schneider fischer weber becker schulz hoffmann koch richter klein wolf schroeder
        neumann schwarz zimmermann braun kruger hartmann lange werner krause lehmann kohl merkel scholz
        dubois bernard durand leroy moreau laurent lefebvre fournier girard bonnet dupont lambert fontaine
        rousseau vincent mercier blanc guerin chevalier garnier faure macron sarkozy hollande chirac
        rossi russo ferrari esposito bianchi romano colombo ricci marino greco gallo conti mancini costa
        giordano rizzo lombardi moretti berlusconi renzi draghi meloni
        garcia rodriguez martinez hernandez lopez gonzalez perez sanchez ramirez torres flores rivera
        gomez diaz reyes cruz morales ortiz gutierrez chavez ramos ruiz alvarez mendoza castillo jimenez
        moreno romero herrera medina aguilar vargas castro guzman fernandez alonso navarro dominguez
        vazquez serrano blanco suarez molina ortega delgado rubio sanz silva santos oliveira souza pereira
        carvalho almeida ferreira rodrigues lima gomes ribeiro martins araujo barbosa rocha
        ivanov smirnov kuznetsov popov vasiliev petrov sokolov mikhailov novikov fedorov morozov volkov
        alekseev lebedev semenov egorov pavlov kozlov stepanov nikolaev orlov andreev makarov nikitin
        zakharov lavrov shoigu medvedev peskov navalny gerasimov prigozhin kadyrov zakharova
        shevchenko kovalenko bondarenko tkachenko kravchenko melnyk boyko kuleba klitschko yermak
        poroshenko tymoshenko yanukovych
        wang li zhang liu chen yang huang zhao wu zhou xu sun zhu hu guo lin luo zheng liang xie tang
        deng feng cao peng zeng xiao tian dong pan yuan cai jiang du ye cheng wei lu ding ren shen yao
        kim park choi jung kang cho yoon jang lim oh seo shin kwon hwang ahn yoo hong moon
        sato suzuki takahashi tanaka watanabe ito yamamoto nakamura kobayashi kato yoshida yamada
        sasaki yamaguchi matsumoto inoue kimura hayashi shimizu abe mori ikeda kishida suga
        singh kumar sharma gupta shah khan das reddy rao iyer nair mehta joshi chopra kapoor malhotra
        verma mishra pandey yadav chaudhary ghosh bose banerjee mukherjee chatterjee modi gandhi
        ahmed hassan hussein ibrahim abdullah mahmoud mustafa khalil saleh yilmaz kaya demir sahin celik
        yildiz aydin ozturk arslan dogan erdogan hosseini mohammadi rezaei ahmadi karimi netanyahu
        jansen bakker visser smit meijer mulder bos johansson andersson karlsson nilsson eriksson
        larsson olsen nielsen jensen pedersen andersen christensen korhonen virtanen
        nowak kowalski wisniewski wojcik kowalczyk kaminski lewandowski zielinski szymanski wozniak
        duda tusk kaczynski orban fico vucic
        trump biden obama clinton bush harris pence vance sanders warren pelosi schumer mcconnell
        desantis haley cruz rubio romney cheney johnson blinken austin sullivan kirby xi
        starmer sunak truss johnson may cameron blair brown corbyn farage
        """

    static let places = """
        abidjan addis ababa adelaide ahmedabad alexandria almaty anchorage antwerp auckland austin
        barcelona basel bavaria beijing bengaluru bilbao bologna bonn bremen brisbane bristol bucharest
        calgary cancun cape casablanca catalonia charlotte chittagong cleveland columbus copenhagen
        cordoba dresden dubrovnik durban dusseldorf edmonton essen faisalabad fukuoka gdansk genoa ghent
        gothenburg granada guadalajara hanover hiroshima honolulu indianapolis isfahan izmir jacksonville
        jeddah johannesburg kandahar kaohsiung kobe krakow kuwait leeds leipzig lille lodz luxembourg
        lyon malaga mandalay marrakesh mecca medina medellin memphis minneapolis monterrey mumbai
        nagoya nantes nashville newcastle nottingham novosibirsk nuremberg odesa orlando osaka palermo
        perth pittsburgh porto portland poznan pune quebec rotterdam sacramento salzburg sapporo
        sheffield stuttgart surabaya tampa tijuana toulouse turin utrecht wroclaw yokohama zaragoza
        normandy brittany provence tuscany sicily sardinia corsica andalusia flanders wallonia
        saxony silesia transylvania anatolia kurdistan punjab kashmir bengal kerala gujarat
        tasmania queensland ontario alberta manitoba saskatchewan yukon nunavut patagonia amazonia
        balkans caucasus scandinavia baltics sahel maghreb levant sinai golan negev galilee kashmir
        mediterranean atlantic pacific himalayas alps andes urals carpathians pyrenees sahara gobi
        amazon nile danube rhine volga thames seine dnipro dnieper yangtze mekong ganges euphrates tigris
        ontario michigan huron superior erie baikal
        hampshire yorkshire lancashire kent sussex essex surrey devon cornwall
        """

    static let placePhrases = """
        new hampshire
        new jersey
        new mexico
        north carolina
        south carolina
        north dakota
        south dakota
        west virginia
        rhode island
        long island
        staten island
        silicon valley
        wall street
        hong kong
        cape town
        st petersburg
        saint petersburg
        san antonio
        san jose
        salt lake city
        kansas city
        st louis
        tel aviv
        sri lanka
        costa rica
        el paso
        sao paulo
        buenos aires
        ho chi minh city
        addis ababa
        dar es salaam
        rio de janeiro
        persian gulf
        gulf of mexico
        north sea
        english channel
        strait of hormuz
        red sea
        south china sea
        east china sea
        sea of japan
        black sea
        caspian sea
        west bank
        gaza strip
        middle east
        far east
        west africa
        east africa
        southern africa
        north africa
        central asia
        south asia
        southeast asia
        latin america
        central america
        south america
        north america
        eastern europe
        western europe
        """

    static let organizations = """
        un nato eu who imf wto opec oecd unicef unesco unhcr unrwa iaea icc icj osce asean brics apec
        g7 g20 nafta mercosur ecowas interpol europol frontex eurostat ecb fed bundesbank
        reuters ap afp upi bbc cnn nbc cbs abc fox msnbc npr pbs itv sky ard zdf rai tass ria
        interfax xinhua kyodo yonhap bloomberg dpa ansa efe
        apple microsoft google alphabet amazon meta facebook ibm intel oracle cisco nvidia amd qualcomm
        samsung sony panasonic toshiba hitachi nokia ericsson siemens philips bosch sap lenovo huawei
        xiaomi alibaba tencent baidu bytedance tiktok uber lyft airbnb netflix disney spotify paypal
        visa mastercard tesla ford gm chrysler stellantis toyota honda nissan mazda hyundai kia bmw
        mercedes daimler volkswagen audi porsche renault peugeot fiat ferrari volvo boeing airbus
        lockheed raytheon northrop bae thales exxon exxonmobil chevron shell bp total totalenergies eni
        gazprom rosneft lukoil aramco petrobras pemex citigroup citibank jpmorgan goldman morgan
        barclays hsbc lloyds natwest santander ubs credit deutsche commerzbank bnp societe unicredit
        nomura mitsubishi mitsui sumitomo walmart target costco ikea nestle unilever danone pepsico
        pfizer moderna astrazeneca novartis roche sanofi merck bayer gsk glaxosmithkline johnson
        kremlin pentagon congress senate parliament bundestag duma knesset rada
        fbi cia nsa dhs doj fema cdc fda sec ftc fcc epa irs nasa esa mi5 mi6 gchq mossad
        hamas hezbollah taliban isis isil qaeda houthis wagner pkk farc
        labour tories conservatives liberals democrats republicans greens snp ukip afd cdu csu spd fdp
        likud fidesz pis syriza podemos
        fifa uefa ioc nba nfl nhl mlb wta atp icc
        arsenal chelsea liverpool everton tottenham newcastle villa westham leeds fulham celtic rangers
        barcelona madrid atletico sevilla valencia juventus inter milan napoli roma lazio fiorentina
        bayern dortmund leverkusen schalke ajax psv feyenoord benfica porto sporting galatasaray
        fenerbahce besiktas olympiakos panathinaikos anderlecht marseille lyon monaco psg
        harvard yale stanford princeton oxford cambridge mit columbia berkeley ucla
        oxfam greenpeace amnesty msf
        """

    static let organizationPhrases = """
        world health organization
        united nations
        security council
        general assembly
        european union
        european commission
        european parliament
        european central bank
        federal reserve
        bank of england
        bank of japan
        people's bank of china
        world bank
        african union
        arab league
        red cross
        red crescent
        doctors without borders
        amnesty international
        human rights watch
        white house
        downing street
        state department
        supreme court
        house of representatives
        house of commons
        house of lords
        labour party
        conservative party
        liberal democrats
        democratic party
        republican party
        green party
        communist party
        national front
        goldman sachs
        morgan stanley
        jp morgan
        bank of america
        wells fargo
        deutsche bank
        credit suisse
        general motors
        general electric
        royal dutch shell
        british airways
        air france
        lufthansa
        manchester united
        manchester city
        aston villa
        west ham
        real madrid
        atletico madrid
        ac milan
        inter milan
        bayern munich
        borussia dortmund
        paris saint-germain
        new york yankees
        boston red sox
        los angeles lakers
        chicago bulls
        dallas cowboys
        new york times
        washington post
        wall street journal
        financial times
        the guardian
        the times
        the independent
        daily telegraph
        associated press
        agence france-presse
        al jazeera
        fox news
        sky news
        islamic state
        al qaeda
        muslim brotherhood
        """

    static let others = """
        olympics olympic paralympics paralympic wimbledon oscars oscar grammy grammys emmy nobel pulitzer
        christmas easter ramadan eid hanukkah passover diwali thanksgiving
        christian christians christianity catholic catholics protestant protestants orthodox muslim
        muslims islam islamic islamist jewish jews judaism hindu hindus hinduism buddhist buddhists
        buddhism sikh sikhs sunni sunnis shia shiite shiites
        english french spanish arabic mandarin cantonese hindi urdu bengali russian ukrainian german
        portuguese japanese korean italian persian farsi turkish hebrew swahili
        democrat democrats republican republicans socialist socialists communist communists tory tories
        euro nasdaq dow ftse nikkei dax cac
        """

    static let otherPhrases = """
        world cup
        champions league
        premier league
        europa league
        super bowl
        world series
        grand prix
        tour de france
        olympic games
        us open
        french open
        australian open
        nobel prize
        world war
        cold war
        gulf war
        """
}
