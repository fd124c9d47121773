import Testing

@testable import CorroborateCore

/// Every form of number the figure extractor reads, in sentences written for these tests.
@Suite struct FigureFormsTests {
    func figures(_ text: String) -> [Figure] {
        let view = TextView(text)
        let entities = EntityExtractor().extract(view)
        let quotes = QuoteExtractor().extract(view, entities: entities)
        return FigureExtractor().extract(view, entities: entities, quotes: quotes)
    }

    func only(_ text: String) throws -> Figure {
        let found = figures(text)
        #expect(found.count == 1, "\(found.map(\.value))")
        return try #require(found.first)
    }

    @Test(arguments: [
        ("The dam holds 12,000 litres.", 12_000.0), ("The levy raised 2.7m for the clinic.", 2_700_000),
        ("The district has 1.25 billion trees.", 1_250_000_000), ("Twenty-one ferries left port.", 21),
        ("A dozen trawlers sank.", 12), ("Half a million leaflets were printed.", 500_000),
        ("Two hundred and fifty hikers signed.", 250), ("The depot lost 3bn tokens.", 3e9),
        ("Readings fell to .5 on the gauge scale.", 0.5),
    ])
    func numeralsAndNumberWords(text: String, value: Double) throws {
        #expect(try only(text).value == value)
    }

    @Test func vagueQuantitiesSpanTheirOrderOfMagnitude() throws {
        let tens = try only("Tens of thousands of fans filled the square.")
        #expect(tens.low == 10_000 && tens.high == 100_000 && tens.approximate && tens.value == nil)
        #expect(tens.what == "fans")
        let hundreds = try only("Hundreds of boats were stranded.")
        #expect(hundreds.low == 100 && hundreds.high == 1000)
        let couple = try only("A couple hundred volunteers arrived.")
        #expect(couple.value == 200 && couple.approximate)
    }

    @Test func moneyCarriesItsCurrencyCode() throws {
        let us = try only("The fund pledged $US500 billion to the scheme.")
        #expect(us.value == 500e9 && us.unit == "dollar" && us.currency == "USD" && us.kind == .money)
        let euro = try only("Brussels set aside €3bn for the ports.")
        #expect(euro.value == 3e9 && euro.unit == "euro" && euro.currency == "EUR")
        let pound = try only("The contract was worth £2.4m, the council said.")
        #expect(pound.unit == "pound sterling" && pound.currency == "GBP")
        let code = try only("Shares closed at USD1,700 on Friday.")
        #expect(code.value == 1700 && code.currency == "USD")
        let word = try only("The island spent 9 billion shekels on roads.")
        #expect(word.unit == "shekel" && word.currency == "ILS")
        let rate = try only("Crude settled at $58.24 per barrel.")
        #expect(rate.unit == "dollar per barrel")
    }

    @Test func percentagesInEveryPrintedForm() throws {
        for text in ["Turnout reached 40%.", "Turnout reached 40 per cent.", "Turnout reached 40 percent."] {
            let f = try only(text)
            #expect(f.value == 40 && f.unit == "percent" && f.kind == .percent)
        }
        let points = try only("Support slipped 1.5 percentage points.")
        #expect(points.unit == "percentage point")
    }

    @Test func measuresAreNormalised() throws {
        #expect(try only("The convoy drove 40 kilometres north.").unit == "kilometre")
        #expect(try only("The convoy drove 40km north.").unit == "kilometre")
        #expect(try only("Each crate weighs 25 kg.").unit == "kilogram")
        #expect(try only("The storm brought winds of 150 mph.").unit == "mile per hour")
        #expect(try only("Water reached 3 feet in the hall.").unit == "foot")
        let negative = try only("Overnight it fell to minus 12 degrees Celsius.")
        #expect(negative.value == -12 && negative.unit == "degree celsius")
    }

    @Test func fractionsAreKeptApartFromCounts() throws {
        let twoThirds = try only("Nearly two-thirds of the wells ran dry.")
        #expect(twoThirds.kind == .fraction && abs((twoThirds.value ?? 0) - 2.0 / 3) < 1e-9 && twoThirds.hedge == "nearly")
        let third = try only("A third of the harvest was lost.")
        #expect(third.kind == .fraction && abs((third.value ?? 0) - 1.0 / 3) < 1e-9)
        let ratio = try only("One in five pupils missed the exam.")
        #expect(ratio.kind == .fraction && ratio.value == 0.2)
        let half = try only("Half of the ferries were cancelled.")
        #expect(half.kind == .fraction && half.value == 0.5)
    }

    @Test func ordinalsAreNotCounts() {
        #expect(figures("The third round opened on the second floor.").isEmpty)
        #expect(figures("Troops of the 24th Mechanized Brigade held the bridge.").isEmpty)
    }

    @Test func rangesKeepBothEndsWithTheirUnits() throws {
        let percent = try only("Fares will rise 18 to 25 percent.")
        #expect(percent.low == 18 && percent.high == 25 && percent.unit == "percent")
        let dashed = try only("Each sack weighs 5-6 kg.")
        #expect(dashed.low == 5 && dashed.high == 6 && dashed.unit == "kilogram")
        let money = try only("The repairs will cost $3bn to $5bn.")
        #expect(money.low == 3e9 && money.high == 5e9 && money.unit == "dollar")
        let shared = try only("The works need 2 to 3 million bricks.")
        #expect(shared.low == 2e6 && shared.high == 3e6)
        let between = try only("Between 5% and 6% of voters stayed home.")
        #expect(between.low == 5 && between.high == 6 && between.unit == "percent")
        let words = try only("Three or four barges drifted loose.")
        #expect(words.low == 3 && words.high == 4)
    }

    @Test func listsAreSeparateFiguresSharingTheirUnit() {
        let found = figures("Parcels of 5 and 6 kg were dropped.")
        #expect(found.map(\.value) == [5, 6])
        #expect(found.map(\.unit) == ["kilogram", "kilogram"])
    }

    @Test(arguments: [
        ("about", true), ("approximately", true), ("nearly", true), ("almost", true), ("roughly", true),
        ("more than", false), ("over", false), ("at least", false), ("up to", false), ("as many as", false),
        ("fewer than", false), ("an estimated", true), ("reportedly", true), ("alleged", false),
    ])
    func hedgesAndBounds(hedge: String, approximate: Bool) throws {
        let f = try only("Rescuers found \(hedge) 70 survivors.")
        #expect(f.hedge == hedge)
        #expect(f.approximate == approximate)
        #expect(f.value == 70)
    }

    @Test func aBoundAfterTheNumberIsAHedgeToo() throws {
        #expect(try only("The march drew 5,000 or more people.").hedge == "or more")
        #expect(try only("The march drew 5,000 or so people.").approximate)
    }
}
