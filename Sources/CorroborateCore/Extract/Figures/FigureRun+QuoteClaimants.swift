/// Claimants of figures inside quotations: quotes the quote pass left without a speaker,
/// quotations it did not pair (`''…''` in some house styles), and speaker labels.
extension FigureRun {
    /// A quote with no cue of its own continues the speaker of the quote before it in its
    /// paragraph, or, when it opens its paragraph, of the last quote in the paragraph before.
    func continuedSpeaker(of i: Int) -> Attribution? {
        let q = quotes[i]
        let open = tokenIndex(q.span.start)
        guard open < view.tokens.count else { return nil }
        let paragraph = view.sentences[view.sentence(containing: open)].paragraph
        var opensParagraph = true
        var k = open - 1
        while k >= view.paragraphs[paragraph].tokens.lowerBound {
            if view.tokens[k].kind != .quote {
                opensParagraph = false
                break
            }
            k -= 1
        }
        var j = i - 1
        while j >= 0 {
            let p = quotes[j]
            let pOpen = tokenIndex(p.span.start)
            let pParagraph = view.sentences[view.sentence(containing: min(pOpen, view.tokens.count - 1))].paragraph
            if pParagraph < paragraph - 1 || (pParagraph == paragraph - 1 && !opensParagraph) { return nil }
            if p.span.end <= q.span.start, let s = p.speaker, p.kind != .indirect {
                return Attribution(span: s.span, entity: s.entity, resolution: .continuation, antecedent: s.antecedent ?? s.span)
            }
            j -= 1
        }
        return nil
    }

    /// For a quote the quote pass left without a speaker: `“…,” X said` or `“…” ― X` after its
    /// closing mark; `X said: “…`, `X asked, “…` before its opening mark.
    func cueBeside(_ q: Quote) -> Attribution? {
        let open = tokenIndex(q.span.start)
        let close = tokenIndex(q.span.end)
        guard open < view.tokens.count else { return nil }
        if close < view.tokens.count {
            let s = view.sentences[view.sentence(containing: close)]
            var j = close
            while j < s.tokens.upperBound, view.tokens[j].kind == .quote || view.isPunct(j, 0x2C) || view.isPunct(j, 0x2E)
                || view.isPunct(j, 0x3F) || view.isPunct(j, 0x21)
            {
                j += 1
            }
            if j < view.tokens.count, view.tokens[j].kind == .dash, let m = entities.mention(at: j + 1),
                entities.mentions[m].type == .person
            {
                return attribution(entities.mentionTokens[m])  // “…” ― Ana Ruiz
            }
            let upper = view.sentences[view.sentence(containing: min(j, view.tokens.count - 1))].tokens.upperBound
            if let a = cueNear(j, upper: upper) { return a }
        }
        return cueBefore(open: open)
    }

    /// `X said`, `said X` starting at token `j` (after a quote).
    func cueNear(_ j: Int, upper: Int) -> Attribution? {
        var k = j
        while k < upper, k - j <= 12 {
            if isCue(k) {
                if let np = speakerSubject(before: k, from: j) { return attribution(np) }
                if let np = phrases.object(after: k, upTo: upper), phrases.canSpeak(np) { return attribution(np) }
                return nil
            }
            if view.tokens[k].kind == .quote { return nil }
            k += 1
        }
        return nil
    }

    /// `WALLACE: …`, `Mr Hale: …`: a speaker label opening the paragraph (transcripts, Q&As);
    /// a paragraph that opens with a quotation mark and no label continues the label before.
    func speakerLabel(paragraph: Int) -> Attribution? {
        var p = paragraph
        for _ in 0..<4 {
            let r = view.paragraphs[p].tokens
            var k = r.lowerBound
            while k < r.upperBound, view.tokens[k].kind == .quote { k += 1 }
            let opensWithQuote = k > r.lowerBound
            let start = k
            while k < r.upperBound, k - start < 4, view.tokens[k].kind == .word && view.tokens[k].isCapitalized
                || view.isPunct(k, 0x2E) && k > start
            {
                k += 1
            }
            if k > start, k < r.upperBound, view.isPunct(k, 0x3A) {
                let label = start..<k
                let allCaps = label.allSatisfy { view.tokens[$0].flags.contains(.allCaps) || view.isPunct($0, 0x2E) }
                let person = entities.mention(at: start).map { entities.mentions[$0].type == .person } ?? false
                if allCaps || person { return attribution(label) }
            }
            guard opensWithQuote, p > 0 else { return nil }
            p -= 1
        }
        return nil
    }
}
