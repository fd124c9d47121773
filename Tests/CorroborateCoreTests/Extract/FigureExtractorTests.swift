import Testing

@testable import CorroborateCore

@Suite struct FigureExtractorTests {
    func figures(_ text: String) -> [Figure] {
        let view = TextView(text)
        let entities = EntityExtractor().extract(view)
        let quotes = QuoteExtractor().extract(view, entities: entities)
        return FigureExtractor().extract(view, entities: entities, quotes: quotes)
    }

    @Test func hedgedCountWithCoordinatedEventAndClaimant() throws {
        let f = try #require(figures("Governor Tomas Hale claimed about 3500 residents had died or been injured.").first)
        #expect(f.value == 3500)
        #expect(f.approximate && f.hedge == "about")
        #expect(f.what == "residents")
        #expect(f.event == "killed-or-wounded")
        #expect(f.claimant != nil)
    }

    @Test func coordinatedCountsShareWhatIsCountedAndTheHedge() {
        let found = figures("The ministry reported that approximately 120 workers were killed and 1,400 injured.")
        #expect(found.count == 2)
        #expect(found.map(\.value) == [120, 1400])
        #expect(found.map(\.event) == ["killed", "wounded"])
        #expect(found.map(\.what) == ["workers", "workers"])
        #expect(found[1].approximate)
    }

    @Test(arguments: [
        ("18,500 troops", 18500.0), ("2.5 million people", 2_500_000), ("twenty-one boats", 21), ("a dozen homes", 12),
        ("3bn euros", 3e9), ("half a million voters", 500_000), ("two hundred and fifty houses", 250),
    ])
    func numeralsAndNumberWordsParse(text: String, value: Double) throws {
        let f = try #require(figures("Officials counted \(text) on the coast.").first)
        #expect(f.value == value)
    }

    @Test func rangesKeepBothEnds() throws {
        let between = try #require(figures("Between 300 and 400 homes were flooded.").first)
        #expect(between.low == 300 && between.high == 400 && between.value == nil)
        let percent = try #require(figures("Prices rose 18 to 25 percent this year.").first)
        #expect(percent.low == 18 && percent.high == 25 && percent.unit == "percent")
    }

    @Test func boundsAreHedgesButNotApproximations() throws {
        let f = try #require(figures("At least 60 people were hurt.").first)
        #expect(f.hedge == "at least")
        #expect(!f.approximate)
        #expect(f.event == "wounded")
    }

    @Test func agesAreKeptAsAgesAndYearsDatesOrdinalsAreNotCounts() {
        let found = figures("The two men, aged 20 and 26, joined the 24th Brigade in 2019 and left on March 3.")
        #expect(found.map(\.value) == [2, 20, 26])
        #expect(found.filter { $0.what == "age" }.count == 2)
    }

    @Test func unitsAndCurrencies() throws {
        let money = try #require(figures("The repairs will cost $2.5 million, officials said.").first)
        #expect(money.value == 2_500_000 && money.unit == "dollar")
        let share = try #require(figures("Turnout fell to 40 per cent.").first)
        #expect(share.value == 40 && share.unit == "percent")
        let time = try #require(figures("Crews arrived within two hours.").first)
        #expect(time.unit == "hour" && time.what == nil)
    }

    @Test func eventBeforeTheNumber() throws {
        let f = try #require(figures("Police arrested 45 protesters overnight.").first)
        #expect(f.event == "arrested")
        #expect(f.what == "protesters")
    }

    @Test func captionsHoldNoFigures() {
        let text = "Three boats sank. Picture: Agency\nRescuers pulled 12 sailors from the sea."
        let caption = Span(0, "Three boats sank. Picture: Agency".utf8.count)
        let view = TextView(text, captions: [caption])
        let entities = EntityExtractor().extract(view)
        let found = FigureExtractor().extract(view, entities: entities, quotes: [])
        #expect(found.map(\.value) == [12])
    }
}
