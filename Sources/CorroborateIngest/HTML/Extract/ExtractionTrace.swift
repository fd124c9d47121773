import CorroborateCore
import Foundation

/// A readable account of how the extractor read a page — every block with its container,
/// scores and whether it was kept — for developers tuning the extractor.
package enum ExtractionTrace {
    package static func explain(utf8: [UInt8]) -> String {
        let document = HTMLDocument(utf8: utf8)
        let collector = BlockCollector(document)
        collector.collect()
        var selector = ContentSelector(collector)
        selector.scoreBlocks()
        let roots = selector.select()
        let kept = ContentCleaner(selector: selector).keptNodes(roots: roots)
        let found = MetadataReader(document: document, collector: collector).read()
        let choice = ArticleExtractor().choose(collector)
        let headline = Headline.choose(found, collector, articleStart: choice.start)
        let chosen = ArticleExtractor().finish(choice, collector, title: headline.map { Array($0.field.value.utf8) }).chosen
        var out = "headline: \(headline?.field.value ?? "-") [\(headline?.field.source ?? "")] node \(headline?.node.map(String.init) ?? "-")\n"
        out += "published: \(found.metadata.published?.value ?? "-") text: \(PublicationDate.fromText(document, collector, chosen: chosen, headline: headline?.node, language: nil) ?? "-") first chosen owner \(chosen.first.map { collector.blocks[$0].owner } ?? -1)\n"
        if let anchor = headline?.node {
            for line in PageLines.collect(document, from: max(1, anchor - 60), to: anchor + 60) { out += "  line \(line.node): \(String(line.text.prefix(80)))\n" }
        }
        out += "roots: " + roots.map { describe(document, $0) + String(format: " score %.1f", selector.finalScore($0)) }.joined(separator: ", ") + "\n"
        for (k, c) in selector.topCandidates(8).enumerated() {
            out += "  top\(k): \(describe(document, c.node)) \(String(format: "%.1f", c.score)) chars \(selector.chars[Int(c.node)])\n"
        }
        for i in 1..<document.nodes.count {
            let node = document.nodes[i]
            if !node.isText, kept[Int(node.parent)], !kept[i] {
                out += "  removed \(describe(document, Int32(i))) dropped=\(collector.dropped[i]) chars \(selector.chars[i]) ld \(String(format: "%.2f", selector.linkDensity(Int32(i)))) weight \(selector.classWeight(Int32(i))) p \(selector.paragraphs[i]) img \(collector.images[i]) input \(collector.inputs[i]) commas \(selector.commas[i])\n"
            }
        }
        for block in collector.blocks {
            let text = String(decoding: collector.text[block.start..<block.end], as: UTF8.self)
            let flag = kept[Int(block.owner)] ? "+" : "-"
            out += "\(flag) [\(block.kind) \(describe(document, block.owner)) w\(block.words) ld\(String(format: "%.2f", block.linkDensity)) n\(String(block.names, radix: 16))] \(text.prefix(100))\n"
        }
        return out
    }

    private static func describe(_ d: HTMLDocument, _ i: Int32) -> String {
        var s = d.name(of: i)
        if let id = d.attribute("id", of: i) { s += "#" + id }
        if let c = d.attribute("class", of: i) { s += "." + c.split(separator: " ").joined(separator: ".") }
        return s + "@\(i)"
    }
}
