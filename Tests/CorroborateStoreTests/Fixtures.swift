import CorroborateStore
import Foundation

/// Collections in temporary files and the texts the tests ingest.
enum Fixtures {
    /// The repository root, found from this file's path so tests run from any directory.
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    static let samples = root + "/Samples"

    /// A fresh path for a collection file, removed with its WAL files when `body` ends.
    static func withTemporaryPath<T>(_ body: (String) async throws -> T) async throws -> T {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("corroborate-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        return try await body(dir.appendingPathComponent("collection.sqlite").path)
    }

    static func text(_ s: String, source: String) -> InputRecord {
        InputRecord(source: source, format: .text, bytes: Array(s.utf8))
    }

    /// Two invented events, reported by three outlets over three days.
    static let dam1 = text(
        """
        date 2025-05-02
        The Korvo Dam burst after heavy rain, flooding villages in the Lenner Valley. Governor Ana Ruiz ordered \
        evacuations and said about 3,000 residents had left their homes.

        Original URL: https://one.example/korvo-dam
        """, source: "one-dam.txt")
    static let port1 = text(
        """
        date 2025-05-03
        Dockworkers at the port of Mirelle walked out over pay, halting container traffic. The Mirelle Port \
        Authority said talks would resume on Monday.

        Original URL: https://two.example/mirelle-strike
        """, source: "two-port.txt")
    static let dam2 = text(
        """
        date 2025-05-03
        Villages in the Lenner Valley remained under water a day after the Korvo Dam burst. "We lost everything \
        in one night," said Marta Iles, a farmer. Governor Ana Ruiz said some 3,100 residents were evacuated.

        Original URL: https://three.example/lenner-floods
        """, source: "three-dam.txt")
    static let port2 = text(
        """
        date 2025-05-04
        The strike at the port of Mirelle entered its third day as dockworkers rejected the Mirelle Port \
        Authority pay offer of 4 per cent.

        Original URL: https://one.example/mirelle-day-three
        """, source: "one-port.txt")

    static let ferryBody = """
        The passenger ferry Marlin Star ran aground on a sandbank off Tallis Point early on Tuesday, and all 212 \
        people on board were taken ashore by lifeboats before noon.

        Captain Oren Vasquez told the coast guard that the ship's steering failed as it turned into the channel \
        in thick fog. Nobody was seriously hurt, though four passengers were treated for cold.

        Lidia Frenk, a spokeswoman for the Tallis Coast Guard, said salvage crews would try to float the vessel \
        at the next high tide and that fuel had not leaked into the bay.
        """

    /// An invented wire report and two reprints of it on later days, under other headlines (one
    /// without the last paragraph; the other word for word, which the same date would make a
    /// duplicate).
    static let ferryWire = text(
        "date 2025-05-06\nFerry runs aground off Tallis Point\n\n\(ferryBody)\n\nThe Marlin Star has sailed the crossing since 2011.\n",
        source: "wire-ferry.txt")
    static let ferryReprint = text(
        "date 2025-05-07\nAll 212 rescued as Marlin Star grounds in fog\n\n\(ferryBody)\n", source: "harbour-ferry.txt")
    static let ferryReprint2 = text(
        "date 2025-05-08\nFog strands ferry off Tallis\n\n\(ferryBody)\n\nThe Marlin Star has sailed the crossing since 2011.\n",
        source: "bay-ferry.txt")
}
