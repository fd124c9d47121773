extension NameChunker {
    /// Chunks for names a tagger found: the tagger decides spans and types; titles and roles
    /// before a name, gender, metonyms and acronym links are read here as for rule-found names.
    func chunks(tagged names: [(tokens: Range<Int>, type: EntityType)]) -> [NameChunk] {
        var out: [NameChunk] = []
        out.reserveCapacity(names.count)
        for (range, type) in names {
            var chunk = NameChunk(tokens: range, type: type)
            if type == .person, let title = titleRange(before: range.lowerBound) {
                chunk.title = view.text(tokens: title)
                for j in title {
                    if view.tokens[j].classes.contains(.female) { chunk.gender = .female }
                    if view.tokens[j].classes.contains(.male) { chunk.gender = .male }
                }
            }
            if type == .place { chunk.isMetonym = isSpeakerPosition(range) }
            out.append(chunk)
        }
        linkAcronyms(&out)
        return out
    }

    /// The title or role words right before token `start`: `President`, `Prime Minister`,
    /// `lawmaker`, `the academic`.
    func titleRange(before start: Int) -> Range<Int>? {
        let sentence = view.sentences[view.sentence(containing: start)]
        var t = start - 1
        while t >= sentence.tokens.lowerBound, isTitleWord(t) || (t < start - 1 && view.token(t, is: "of") && isTitleWord(t - 1)) {
            t -= 1
        }
        if t + 1 < start { return (t + 1)..<start }
        while t >= sentence.tokens.lowerBound, view.tokens[t].kind == .word, !view.tokens[t].isCapitalized,
            view.tokens[t].classes.contains(.roleNoun) || view.tokens[t].classes.contains(.title)
        {
            t -= 1
        }
        return t + 1 < start ? (t + 1)..<start : nil
    }
}
