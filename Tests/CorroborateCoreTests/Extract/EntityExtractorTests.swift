import Testing

@testable import CorroborateCore

@Suite struct EntityExtractorTests {
    func extract(_ text: String) -> (view: TextView, index: EntityIndex) {
        let view = TextView(text)
        return (view, EntityExtractor().extract(view))
    }

    func mentions(_ text: String) -> [(String, EntityType, String?)] {
        let (_, index) = extract(text)
        let bytes = Array(text.utf8)
        return index.mentions.map { m in
            (String(decoding: bytes[m.span.start..<m.span.end], as: UTF8.self), m.type, m.title)
        }
    }

    @Test func titlesAreAttributesNotPartOfTheName() {
        let found = mentions("Mali President Awa Keita met Academic Jon Brekke in Oslo.")
        #expect(found.contains { $0.0 == "Awa Keita" && $0.1 == .person && $0.2 == "President" })
        #expect(found.contains { $0.0 == "Mali" && $0.1 == .place })
        #expect(found.contains { $0.0 == "Jon Brekke" && $0.1 == .person && $0.2 == "Academic" })
        #expect(found.contains { $0.0 == "Oslo" && $0.1 == .place })
    }

    @Test func lowercaseRoleBeforeANameIsItsTitle() {
        let found = mentions("The claim came from lawmaker Ines Duarte on Monday.")
        #expect(found.contains { $0.0 == "Ines Duarte" && $0.2 == "lawmaker" })
    }

    @Test func surnameAndHonorificFormsJoinTheFullName() {
        let (_, index) = extract("Governor Tomas Hale spoke first. Mr Hale said later that Hale would stay.")
        let people = index.entities.filter { $0.type == .person }
        #expect(people.count == 1)
        #expect(people.first?.name == "Tomas Hale")
        #expect(people.first?.aliases == ["Hale"])
        #expect(people.first?.gender == .male)
    }

    @Test func acronymInBracketsJoinsItsExpansion() {
        let (_, index) = extract("The Tallowby Dockers Union (TDU) called a strike. The TDU said members agreed.")
        let orgs = index.entities.filter { $0.type == .organization }
        #expect(orgs.count == 1)
        #expect(orgs.first?.aliases.contains("TDU") == true)
    }

    @Test func ordinaryCapitalisedSentenceStartsAreNotNames() {
        let found = mentions("Soldiers found the documents. Handwritten notes were among them.")
        #expect(found.isEmpty)
    }

    @Test func headWordsDecideOrganisationsAndPlaces() {
        let found = mentions("Water from the Orsova Dam reached Port Casimir, the Harbour Ledger reported.")
        #expect(found.contains { $0.0 == "Orsova Dam" && $0.1 == .place })
        #expect(found.contains { $0.0 == "Port Casimir" && $0.1 == .place })
        #expect(found.contains { $0.0 == "Harbour Ledger" && $0.1 == .organization })
    }

    @Test func placeThatSpeaksIsAMetonym() {
        let (_, index) = extract("Later, Oslo said nothing had changed.")
        #expect(index.mentions.first?.isMetonym == true)
    }
}
