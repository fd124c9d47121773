import Testing

@testable import CorroborateCore

/// Names as the bundled tagger finds them, with the extractor's titles, roles, aliases and
/// metonyms around them. The texts are written for these tests.
@Suite struct TaggedEntityTests {
    func extract(_ text: String) -> (view: TextView, index: EntityIndex) {
        let view = TextView(text)
        return (view, EntityExtractor().extract(view))
    }

    func mention(_ text: String, _ index: EntityIndex, _ view: TextView) -> [(String, EntityType)] {
        index.mentions.map { m in
            let k = view.token(atOrAfter: view.folded.foldedOffset(m.span.start))
            return (view.text(tokens: k..<index.mentionTokens[index.mentions.firstIndex(of: m) ?? 0].upperBound), m.type)
        }
    }

    @Test func theBundledModelLoads() throws {
        let model = try #require(NERModel.bundled)
        #expect(model.size.words > 1000)
        #expect(!model.provenance.isEmpty)
    }

    @Test func peopleBodiesAndPlacesAreFoundWithTheirTypes() {
        let (_, index) = extract(
            "Finance Minister Hedda Lunde told the Nordic Savings Bank in Bergen on Tuesday that rates would rise.")
        let names = index.entities.map { ($0.name, $0.type) }
        #expect(names.contains { $0 == ("Hedda Lunde", .person) })
        #expect(names.contains { $0 == ("Bergen", .place) })
        #expect(names.contains { $0.0.hasSuffix("Savings Bank") && $0.1 == .organization })
    }

    @Test func rolesKeepTheBodyOrPlaceTheyBelongTo() {
        let (_, index) = extract(
            "Norway's Prime Minister Ola Brekke met South Korean lawmaker Lee Min-jun in Seoul on Friday.")
        let brekke = index.entities.first { $0.name == "Ola Brekke" }
        let lee = index.entities.first { $0.name == "Lee Min-jun" }
        #expect(brekke?.roles == ["Norway's Prime Minister"])
        #expect(brekke?.titles == ["Prime Minister"])
        #expect(lee?.roles == ["South Korean lawmaker"])
    }

    @Test func aRoleInAppositionIsARole() {
        let (_, index) = extract("Ines Duarte, a senior economist at the Lisbon Institute, said prices would rise.")
        let duarte = index.entities.first { $0.name == "Ines Duarte" }
        #expect(duarte?.roles.first?.hasSuffix("economist at the Lisbon Institute") == true)
    }

    @Test func honorificsAreTitlesButNotRoles() {
        let (_, index) = extract("Mr Dag Solberg arrived in Tromso on Monday. Mr Solberg said little.")
        let solberg = index.entities.first { $0.type == .person }
        #expect(solberg?.name == "Dag Solberg")
        #expect(solberg?.aliases == ["Solberg"])
        #expect(solberg?.titles == ["Mr"])
        #expect(solberg?.roles == [])
    }

    @Test func aPlaceThatSpeaksOrActsStandsForItsGovernment() {
        let (view, index) = extract(
            "Moscow said the talks had failed. Norway has called for new talks. Aid reached families in Bergen.")
        func isMetonym(_ name: String) -> Bool? {
            index.mentions.first { view.text(tokens: index.mentionTokens[index.mentions.firstIndex(of: $0) ?? 0]) == name }?.isMetonym
        }
        #expect(isMetonym("Moscow") == true)
        #expect(isMetonym("Norway") == true)
        #expect(isMetonym("Bergen") == false)
    }

    @Test func aNameRightAfterAClosingQuoteIsFound() {
        let (_, index) = extract("“The bridge is safe,” Henrik Aalto told reporters in Turku.")
        #expect(index.entities.contains { $0.name == "Henrik Aalto" && $0.type == .person })
    }

    @Test func aSurnameAtAParagraphStartJoinsThePersonNamedBefore() {
        let (_, index) = extract("""
            Officials met the presenter Rune Vik on Friday, and Rune Vik spoke first.

            Vik continued: “We are ready to help.”
            """)
        let people = index.entities.filter { $0.type == .person }
        #expect(people.count == 1)
        #expect(people.first?.aliases.contains("Vik") == true)
        #expect(index.mentions.filter { $0.type == .person }.count == 3)
    }

    @Test func aPlatformBeforeAccountIsNotPartOfTheBodysName() {
        let (_, index) = extract("The Coast Guard Command X account said boats were on their way.")
        #expect(!index.entities.contains { $0.name.hasSuffix(" X") })
    }
}

@Suite struct HonorificTests {
    @Test func anHonorificWithItsDotIsATitleOutsideTheName() {
        let view = TextView("“We will get there,” Mr. Dag Solberg said. Later Mr. Solberg told the miners.")
        let index = EntityExtractor().extract(view)
        let people = index.mentions.filter { $0.type == .person }
        #expect(people.count == 2)
        for m in people {
            let k = index.mentions.firstIndex(of: m) ?? 0
            #expect(view.text(tokens: index.mentionTokens[k]).hasPrefix("Mr") == false)
            #expect(view.text(tokens: index.mentionTokens[k]).hasPrefix(".") == false)
            #expect(m.title == "Mr")
        }
    }
}

@Suite struct PhotoCreditTests {
    @Test func namesJoinedByASlashInACreditAreSeparateNames() {
        let view = TextView("Boats reached the harbour on Monday. Picture: Norwegian Coast Guard/X")
        let index = EntityExtractor().extract(view)
        #expect(!index.entities.contains { $0.name.contains("/") })
    }
}
