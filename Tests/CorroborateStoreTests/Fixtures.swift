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
}
