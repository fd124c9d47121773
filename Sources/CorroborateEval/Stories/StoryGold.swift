import CorroborateIngest
import Foundation

/// One article of a story-clustering gold set, as the reference harness gives it to the engine.
public struct StoryGoldDocument: Sendable, Hashable {
    /// The opaque id the reference harness gives it (a hash of its file name).
    public var id: String
    /// The file it was read from, relative to the gold folder.
    public var file: String
    /// Its gold story.
    public var cluster: String
    /// The group of stories it belongs to, for leave-topics-out checks: the ECB+ topic (whose
    /// two stories are similar events), or the BASIL story itself.
    public var topic: String
    /// The JSON Lines record the reference harness writes for it.
    public var record: [String: String]
}

/// Reads the gold sets of `score.py stories` as its `make_input.py` does: ECB+ (topic folders of
/// `N_Mecb.xml` / `N_Mecbplus.xml` token files; the gold story is topic × ecb/ecbplus) and BASIL
/// (`articles/YEAR/*.json`; the gold story is the event triplet). Documents come sorted by their
/// hashed ids, the order the reference harness feeds them in.
public enum StoryGoldReader {
    public static func load(path: String) throws(GoldDataError) -> [StoryGoldDocument] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw GoldDataError(path: path, message: "not a folder")
        }
        let docs = try FileManager.default.fileExists(atPath: path + "/articles") ? loadBASIL(root: path) : loadECBPlus(root: path)
        guard !docs.isEmpty else { throw GoldDataError(path: path, message: "no ECB+ or BASIL articles found") }
        return docs.sorted { $0.id < $1.id }
    }

    /// The documents as JSON Lines, one record per line, as `make_input.py stories` writes them.
    public static func jsonLines(_ docs: [StoryGoldDocument]) -> [UInt8] {
        var out: [UInt8] = []
        for doc in docs {
            let keys = ["id", "text", "published", "title", "url", "outlet"].filter { doc.record[$0] != nil }
            let object = Dictionary(uniqueKeysWithValues: keys.map { ($0, doc.record[$0]!) })
            if let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) {
                out += data
                out.append(0x0A)
            }
        }
        return out
    }

    // MARK: - ECB+

    private static func loadECBPlus(root: String) throws(GoldDataError) -> [StoryGoldDocument] {
        guard let walker = FileManager.default.enumerator(atPath: root) else { throw GoldDataError(path: root, message: "cannot list") }
        var docs: [StoryGoldDocument] = []
        for case let relative as String in walker {
            let name = (relative as NSString).lastPathComponent
            guard let (topic, kind) = ecbName(name) else { continue }
            let path = root + "/" + relative
            guard let data = FileManager.default.contents(atPath: path), let xml = String(data: data, encoding: .utf8) else {
                throw GoldDataError(path: path, message: "cannot read")
            }
            var sentences = tokenSentences(xml)
            // ecbplus files begin with the page address as a tokenised sentence, dropped (as the
            // harness does) so that its presence cannot tell the two stories of a topic apart.
            if let first = sentences.first, first.joined().lowercased().hasPrefix("http") { sentences.removeFirst() }
            let text = sentences.map { $0.joined(separator: " ") }.joined(separator: "\n")
            docs.append(StoryGoldDocument(
                id: opaqueID("ecb-", name), file: relative, cluster: "\(topic)_\(kind)", topic: topic,
                record: ["id": opaqueID("ecb-", name), "text": text]))
        }
        return docs
    }

    /// Topic and `ecb`/`ecbplus` of a file named `N_Mecb.xml` or `N_Mecbplus.xml`.
    static func ecbName(_ name: String) -> (String, String)? {
        guard name.hasSuffix(".xml") else { return nil }
        let stem = name.dropLast(4)
        let kind = stem.hasSuffix("ecbplus") ? "ecbplus" : stem.hasSuffix("ecb") ? "ecb" : nil
        guard let kind else { return nil }
        let numbers = stem.dropLast(kind.count).split(separator: "_", omittingEmptySubsequences: false)
        guard numbers.count == 2, numbers.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) })
        else { return nil }
        return (String(numbers[0]), kind)
    }

    /// The `<token sentence="…">text</token>` elements, grouped by sentence in order of first
    /// appearance.
    static func tokenSentences(_ xml: String) -> [[String]] {
        var order: [String] = []
        var sentences: [String: [String]] = [:]
        var rest = xml[...]
        while let open = rest.range(of: "<token ") {
            guard let close = rest[open.upperBound...].firstIndex(of: ">") else { break }
            let attributes = rest[open.upperBound..<close]
            var text = ""
            if attributes.hasSuffix("/") {
                rest = rest[rest.index(after: close)...]
            } else if let end = rest[close...].range(of: "</token>") {
                text = decodeEntities(String(rest[rest.index(after: close)..<end.lowerBound]))
                rest = rest[end.upperBound...]
            } else {
                break
            }
            let sentence = attribute("sentence", in: attributes) ?? ""
            if sentences[sentence] == nil { order.append(sentence) }
            sentences[sentence, default: []].append(text)
        }
        return order.map { sentences[$0] ?? [] }
    }

    private static func attribute(_ name: String, in tag: Substring) -> String? {
        guard let r = tag.range(of: name + "=\"") else { return nil }
        let value = tag[r.upperBound...]
        return value.firstIndex(of: "\"").map { String(value[..<$0]) }
    }

    static func decodeEntities(_ s: String) -> String {
        guard s.contains("&") else { return s }
        var out = ""
        var rest = s[...]
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            guard let semi = rest[amp...].firstIndex(of: ";") else { break }
            let entity = rest[rest.index(after: amp)..<semi]
            var scalar: Unicode.Scalar? = nil
            switch entity {
            case "amp": scalar = "&"
            case "lt": scalar = "<"
            case "gt": scalar = ">"
            case "quot": scalar = "\""
            case "apos": scalar = "'"
            default:
                if entity.hasPrefix("#x") { scalar = UInt32(entity.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init) }
                else if entity.hasPrefix("#") { scalar = UInt32(entity.dropFirst()).flatMap(Unicode.Scalar.init) }
            }
            if let scalar {
                out.unicodeScalars.append(scalar)
                rest = rest[rest.index(after: semi)...]
            } else {
                out += "&"
                rest = rest[rest.index(after: amp)...]
            }
        }
        return out + rest
    }

    // MARK: - BASIL

    private static func loadBASIL(root: String) throws(GoldDataError) -> [StoryGoldDocument] {
        let articles = root + "/articles"
        let years = ((try? FileManager.default.contentsOfDirectory(atPath: articles)) ?? []).sorted()
        var docs: [StoryGoldDocument] = []
        for year in years {
            let files = ((try? FileManager.default.contentsOfDirectory(atPath: articles + "/" + year)) ?? []).filter { $0.hasSuffix(".json") }
            for file in files.sorted() {
                let relative = "articles/\(year)/\(file)"
                let path = root + "/" + relative
                guard let data = FileManager.default.contents(atPath: path),
                    let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
                else { throw GoldDataError(path: path, message: "not a JSON object") }
                guard let triplet = object["triplet-uuid"] as? String else {
                    throw GoldDataError(path: path, message: "no triplet-uuid")
                }
                let paragraphs = (object["body-paragraphs"] as? [Any]) ?? []
                let text = paragraphs.map { p in
                    if let words = p as? [Any] { return words.map { "\($0)" }.joined(separator: " ") }
                    return "\(p)"
                }.joined(separator: "\n")
                let id = opaqueID("basil-", relative)
                var record = ["id": id, "text": text]
                if let date = object["date"] as? String, let day = date.prefixMatch(of: /\d{4}-\d{2}-\d{2}/) {
                    record["published"] = String(day.output)
                }
                for (key, field) in [("title", "title"), ("url", "url"), ("outlet", "source")] {
                    if let value = object[field] as? String, !value.isEmpty { record[key] = value }
                }
                docs.append(StoryGoldDocument(id: id, file: relative, cluster: triplet, topic: triplet, record: record))
            }
        }
        return docs
    }

    /// The harness's id: a prefix and the first 12 hex digits of the SHA-256 of the name.
    static func opaqueID(_ prefix: String, _ name: String) -> String {
        prefix + String(SHA256.hex(Array(name.utf8)).prefix(12))
    }
}
