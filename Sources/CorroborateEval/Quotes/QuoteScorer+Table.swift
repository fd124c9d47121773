extension QuoteScorer {
    /// The score table: the reference scorer's rows and `SCORE` line, then the breakdowns by
    /// gold kind, predicted kind and publisher.
    public func table(title: String) -> ScoreTable {
        let c = all
        var table = ScoreTable(title: title + "\n  articles=\(articles)  merged_split_predictions=\(c.merged)")
        table.note(mixedRow("content, any overlap (all)", c.content))
        table.add("content, exact span (all)", PRF(truePositives: Double(c.exact), predicted: Double(c.predicted), gold: Double(c.gold)))
        table.note(mixedRow("direct, any overlap", c.direct))
        table.add("direct, exact span", PRF(truePositives: Double(c.exactDirect), predicted: Double(c.predictedDirect), gold: Double(c.goldDirect)))
        let chars = PRF(truePositives: Double(c.charTP), predicted: Double(c.charPredicted), gold: Double(c.charGold))
        table.add("content characters", chars)
        let speaker = PRFMixed(tpP: c.speakerRightP, predicted: c.withSpeaker, tpR: c.speakerRightR, gold: c.goldWithSource)
        let speakerExact = PRFMixed(tpP: c.speakerExactP, predicted: c.withSpeaker, tpR: c.speakerExactR, gold: c.goldWithSource)
        table.note(mixedRow("speaker lenient (end to end)", speaker))
        table.note(mixedRow("speaker exact (end to end)", speakerExact))
        let foundAny = c.goldDirect > 0 ? Double(c.directFoundAnyKind) / Double(c.goldDirect) : 0
        table.add("direct gold found by a quote of any kind", value: foundAny, note: "\(c.directFoundAnyKind)/\(c.goldDirect)")
        table.add("speaker accuracy among matched", value: c.speakerAccuracy, note: "\(c.speakerRightR)/\(c.speakerPairs) matched quotes whose gold has a Source")
        table.add("cue accuracy among matched", value: c.cueAccuracy, note: "\(c.cueRight)/\(c.cuePairs)")

        table.note("by gold kind (recall of content; speaker accuracy among matched):")
        for kind in ["direct", "partial", "indirect", "according to"] {
            guard let k = byGoldKind[kind] else { continue }
            let recall = k.gold > 0 ? Double(k.matched) / Double(k.gold) : 0
            let acc = k.speakerPairs > 0 ? Double(k.speakerRight) / Double(k.speakerPairs) : 0
            table.note("  \(pad(kind, 14)) recall \(format4(recall)) (\(k.matched)/\(k.gold))  speaker \(format4(acc)) (\(k.speakerRight)/\(k.speakerPairs))")
        }
        table.note("by predicted kind (share overlapping a gold content):")
        for kind in ["direct", "partial", "indirect"] {
            guard let k = byPredictedKind[kind] else { continue }
            table.note("  \(pad(kind, 14)) precision \(format4(k.units > 0 ? Double(k.correct) / Double(k.units) : 0)) (\(k.correct)/\(k.units))")
        }
        table.note("by publisher:                 content P/R/F1          direct F1  speaker acc  gold")
        for name in byPublisher.keys.sorted() {
            guard let p = byPublisher[name] else { continue }
            table.note("  \(pad(name, 14)) \(format4(p.content.precision)) \(format4(p.content.recall)) \(format4(p.content.f1))   \(format4(p.direct.f1))     \(format4(p.speakerAccuracy))       \(p.gold)")
        }
        table.score = [
            ("content_f1", c.content.f1), ("content_exact_f1", PRF(truePositives: Double(c.exact), predicted: Double(c.predicted), gold: Double(c.gold)).f1),
            ("direct_f1", c.direct.f1),
            ("direct_exact_f1", PRF(truePositives: Double(c.exactDirect), predicted: Double(c.predictedDirect), gold: Double(c.goldDirect)).f1),
            ("content_chars_f1", chars.f1), ("speaker_acc", c.speakerAccuracy), ("speaker_f1", speaker.f1),
            ("speaker_exact_f1", speakerExact.f1),
        ]
        return table
    }

    private func mixedRow(_ label: String, _ s: PRFMixed) -> String {
        pad(label, 40) + " " + [format4(s.precision), format4(s.recall), format4(s.f1), "\(s.tpP)/\(s.tpR)", "\(s.predicted)", "\(s.gold)"]
            .map { left($0, 8) }.joined(separator: " ")
    }

    private func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s : s + String(repeating: " ", count: n - s.count) }
    private func left(_ s: String, _ n: Int) -> String { s.count >= n ? s : String(repeating: " ", count: n - s.count) + s }
}
