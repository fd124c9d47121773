import Testing

@testable import CorroborateCore

/// A tiny model trained on sentences written for these tests: enough to check that training
/// learns, that the file format round-trips, and that damaged files are refused.
@Suite struct NERModelTests {
    static let people = ["Ana Ruiz", "Tomas Hale", "Petra Lindqvist", "Jon Brekke", "Ines Duarte", "Awa Keita"]
    static let places = ["Oslo", "Kessel", "Brannock", "Lisbon", "Tallowby", "Orsova"]
    static let bodies = ["Harbour Ledger", "Capital Wire", "Northline Radio", "Dockers Union"]

    /// `PERSON told BODY in PLACE on Monday.` in every combination, with the names marked.
    static func examples() -> [NERExample] {
        var out: [NERExample] = []
        for (i, person) in people.enumerated() {
            var text = ""
            var names: [(span: Span, type: EntityType)] = []
            for (j, place) in places.enumerated() {
                let body = bodies[(i + j) % bodies.count]
                if !text.isEmpty { text += "\n" }
                func add(_ s: String, _ type: EntityType?) {
                    let start = text.utf8.count
                    text += s
                    if let type { names.append((Span(start, text.utf8.count), type)) }
                }
                add(person, .person)
                add(" told the ", nil)
                add(body, .organization)
                add(" in ", nil)
                add(place, .place)
                add(" on Monday that prices rose .", nil)
            }
            out.append(NERExample(text: text, names: names))
        }
        return out
    }

    static let model: NERModel = {
        var options = NERTrainingOptions()
        options.epochs = 5
        return NERTrainer(options: options).train(examples(), provenance: "test")
    }()

    @Test func trainingLearnsNamesInTheirContexts() {
        // A combination of person, body and place the training sentences never had.
        let view = TextView("Ana Ruiz told the Capital Wire in Lisbon on Monday that prices rose .")
        let names = NERTagger(model: Self.model).names(in: view).map { (view.text(tokens: $0.tokens), $0.type) }
        #expect(names.contains { $0 == ("Ana Ruiz", .person) })
        #expect(names.contains { $0 == ("Capital Wire", .organization) })
        #expect(names.contains { $0 == ("Lisbon", .place) })
    }

    @Test func aModelReadBackFromItsBytesTagsAlike() throws {
        let bytes = Self.model.encoded()
        let read = try NERModel(bytes: bytes)
        #expect(read.encoded() == bytes)
        #expect(read.provenance == "test")
        let view = TextView("Jon Brekke told the Dockers Union in Kessel on Monday that prices rose .")
        #expect(NERTagger(model: read).tags(view) == NERTagger(model: Self.model).tags(view))
    }

    @Test func damagedModelFilesAreRefusedWithAReason() {
        var bytes = Self.model.encoded()
        #expect(throws: NERModelError.notAModel) { try NERModel(bytes: Array("JUNK".utf8) + bytes.dropFirst(4)) }
        #expect(throws: NERModelError.self) { try NERModel(bytes: Array(bytes.prefix(bytes.count / 2))) }
        bytes[4] = 99  // format version
        #expect(throws: NERModelError.unsupportedVersion(99)) { try NERModel(bytes: bytes) }
        #expect(throws: NERModelError.notAModel) { try NERModel(bytes: []) }
    }
}
