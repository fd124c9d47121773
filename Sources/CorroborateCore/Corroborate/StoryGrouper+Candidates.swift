extension StoryGrouper {
    /// The keys of the `n` entries with the most hits (ties to the smaller key), in no order:
    /// what sorting every entry and keeping the first `n` gives, without the sort. A common
    /// name or word points to up to 96 stories, so an article often hits over a thousand, of
    /// which 64 are scored; sorting them all cost more than scoring.
    static func strongest(_ hits: [Int: Int], _ n: Int) -> [Int] {
        guard hits.count > n else { return Array(hits.keys) }
        var top = 0
        for v in hits.values where v > top { top = v }
        var counts = [Int](repeating: 0, count: top + 1)
        for v in hits.values where v > 0 { counts[v] += 1 }
        // The hit count at which the n strongest end: all above it are in, ties at it by key.
        var cut = top
        var above = 0
        while cut > 0, above + counts[cut] < n {
            above += counts[cut]
            cut -= 1
        }
        var out: [Int] = []
        out.reserveCapacity(n)
        var ties: [Int] = []
        for (key, v) in hits {
            if v > cut {
                out.append(key)
            } else if v == cut {
                ties.append(key)
            }
        }
        ties.sort()
        out += ties.prefix(max(0, n - out.count))
        return out
    }
}
