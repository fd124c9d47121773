import ArgumentParser
import CorroborateCore
import CorroborateEval
import Foundation

/// `corroborate eval ner --conll FILE`: entity P/R/F1 against a CoNLL-2003 file.
struct NEREvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ner",
        abstract: "Score names (people, organisations, places, other) against CoNLL-2003 data.",
        discussion: """
            Each -DOCSTART- block becomes one article, tokens joined by spaces and sentences by newlines \
            (as the reference scorer's make_input.py writes them). Names are scored as the reference \
            scorer does: exact span and type (PER/ORG/LOC/MISC → person/organization/place/other). Prints \
            P/R/F1 overall, without MISC, per type and for spans alone, then a summary of the errors.
            """
    )

    @Option(help: "A CoNLL-2003 file (word POS chunk TAG per line).")
    var conll: String

    @Option(help: "Score this model file instead of the bundled one.")
    var model: String?

    @Flag(help: "Score the tagger's raw output, before the entity extractor's title and alias handling.")
    var taggerOnly = false

    func run() throws {
        let corpus = try CoNLLCorpus(contents: try String(contentsOfFile: conll, encoding: .utf8))
        var extractor = EntityExtractor()
        if let model {
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: model)))
            extractor = EntityExtractor(tagger: NERTagger(model: try NERModel(bytes: bytes)))
        }
        var evaluation = NEREvaluation()
        for document in corpus.documents {
            let view = TextView(document.text)
            let predicted: [(span: Span, type: EntityType)]
            if taggerOnly, let tagger = extractor.tagger {
                predicted = tagger.names(in: view).map { (view.span(tokens: $0.tokens), $0.type) }
            } else {
                predicted = extractor.extract(view).mentions.map { ($0.span, $0.type) }
            }
            evaluation.add(gold: document.names, predicted: predicted)
        }
        print(evaluation.table(title: "task=ner gold=\(conll)").rendered, terminator: "")
    }
}
