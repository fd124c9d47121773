/// Finds the earlier report a new one copies, among the most recent ones, in constant time.
///
/// Wire stories are reprinted within hours or days, often under a new headline or with a
/// paragraph trimmed. A claim that ten reprints repeat is one report, not ten confirmations, so
/// copies are found before story similarity and kept together as one group.
///
/// Locality-sensitive hashing: the ``CopySketch`` minima are cut into ``bands`` bands of
/// ``rows`` values; two sketches that agree on a whole band are candidates, and a candidate is
/// a copy when its estimated resemblance and containment are high enough. With 32 bands of 2
/// rows, a pair with resemblance 0.3 (a reprint keeping a third of a story) is found with
/// probability 0.95, and one with 0.6 almost always. The bands point into a direct-mapped table
/// (a newer entry replaces an older one on a clash; another band still finds it), and only the
/// last ``horizon`` reports are kept, so memory stays bounded however many reports are placed.
struct CopyIndex: Sendable {
    static let bands = 32
    static let rows = CopySketch.size / bands
    /// The least resemblance (estimated Jaccard similarity of word 5-gram sets) of a copy.
    static let minResemblance = 0.3
    /// The least share of the shorter text that the longer one must contain to be its copy.
    static let minContainment = 0.7

    /// One recent report.
    struct Entry: Sendable, Hashable {
        /// Its number in placement order.
        var article: Int
        var story: Int
        /// The first report of its copy group (itself when it copies nothing).
        var original: Int
        var sketch: CopySketch
    }

    /// How many of the most recent reports are searched.
    let horizon: Int
    /// Recent reports by `article % horizon`, filled as reports arrive.
    private(set) var recent: [Entry] = []
    /// Band key (high 32 bits) and article number (low 32 bits) per slot; 0 is empty.
    private var table: [UInt64] = []
    private var newest = -1

    init(horizon: Int = 1 << 15) {
        self.horizon = max(1, horizon)
    }

    /// The recent report that `sketch` copies, if any: the one it resembles most.
    func original(of sketch: CopySketch) -> Entry? {
        guard sketch.minima.count == CopySketch.size, !table.isEmpty else { return nil }
        var best: Entry? = nil
        var bestResemblance = 0.0
        var seen: [Int] = []
        for band in 0..<CopyIndex.bands {
            let key = CopyIndex.key(sketch, band: band)
            let slot = table[Int(key.hash & UInt64(table.count - 1))]
            guard slot != 0, UInt32(truncatingIfNeeded: slot >> 32) == key.tag else { continue }
            let article = Int(UInt32(truncatingIfNeeded: slot)) - 1
            guard let entry = entry(article), !seen.contains(article) else { continue }
            seen.append(article)
            let j = sketch.resemblance(entry.sketch)
            guard j >= CopyIndex.minResemblance, sketch.containment(entry.sketch, resemblance: j) >= CopyIndex.minContainment
            else { continue }
            if j > bestResemblance || (j == bestResemblance && article < best!.article) {
                best = entry
                bestResemblance = j
            }
        }
        return best
    }

    /// Remembers a placed report (in placement order; an older one is ignored once it has
    /// left the horizon).
    mutating func insert(_ entry: Entry) {
        guard entry.article > newest - horizon, entry.sketch.minima.count == CopySketch.size else { return }
        let slot = entry.article % horizon
        if slot < recent.count {
            recent[slot] = entry
        } else {
            // The ring fills in order; a gap (entries restored out of order) is padded.
            while recent.count < slot { recent.append(Entry(article: -1, story: -1, original: -1, sketch: CopySketch(minima: [], shingles: 0))) }
            recent.append(entry)
        }
        newest = max(newest, entry.article)
        growTable()
        for band in 0..<CopyIndex.bands {
            let key = CopyIndex.key(entry.sketch, band: band)
            table[Int(key.hash & UInt64(table.count - 1))] = UInt64(key.tag) << 32 | UInt64(entry.article + 1)
        }
    }

    /// The entry of a report still within the horizon.
    func entry(_ article: Int) -> Entry? {
        guard article >= 0, article > newest - horizon else { return nil }
        let slot = article % horizon
        guard slot < recent.count, recent[slot].article == article else { return nil }
        return recent[slot]
    }

    /// All entries within the horizon, oldest first.
    var entries: [Entry] {
        recent.filter { $0.article >= 0 && $0.article > newest - horizon }.sorted { $0.article < $1.article }
    }

    /// About two slots per band of every live report, up to the horizon; growing rehashes the
    /// live reports (stale slots are dropped).
    private mutating func growTable() {
        let live = min(horizon, newest + 1)
        let wanted = min(1 << 22, max(1 << 10, (2 * CopyIndex.bands * live).nextPowerOfTwo))
        guard wanted > table.count else { return }
        table = [UInt64](repeating: 0, count: wanted)
        for entry in entries {
            for band in 0..<CopyIndex.bands {
                let key = CopyIndex.key(entry.sketch, band: band)
                table[Int(key.hash & UInt64(wanted - 1))] = UInt64(key.tag) << 32 | UInt64(entry.article + 1)
            }
        }
    }

    /// A band's slot hash and a tag that tells clashing bands apart.
    private static func key(_ sketch: CopySketch, band: Int) -> (hash: UInt64, tag: UInt32) {
        var h = UInt64(band) &* 0x9E37_79B9_7F4A_7C15
        for r in 0..<rows { h = CopySketch.mix(h ^ UInt64(sketch.minima[band * rows + r])) }
        return (h, UInt32(truncatingIfNeeded: h >> 32) | 1)
    }
}

extension Int {
    /// The smallest power of two not below `self` (1 for values below 2).
    fileprivate var nextPowerOfTwo: Int {
        self <= 1 ? 1 : 1 << (Int.bitWidth - (self - 1).leadingZeroBitCount)
    }
}
