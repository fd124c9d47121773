import CorroborateServer
import CorroborateStore
import Foundation
import NIOCore

/// A collection in a temporary file with two short reports of one invented event, one of
/// which carries markup that must never reach a page unescaped.
enum ServerFixture {
    static let dam = """
        date 2025-05-02
        Korvo Dam gives way

        The Korvo Dam burst after heavy rain, flooding villages in the Lenner Valley. Governor Ana Ruiz said about \
        3,000 residents had left their homes.

        Original URL: https://one.example/korvo-dam
        """
    static let hostile = """
        date 2025-05-03
        Valley <script>alert("x")</script> floods

        Villages in the Lenner Valley remained under water a day after the Korvo Dam burst. "Water <b>everywhere</b> \
        & no help," said Marta Iles, a farmer. Governor Ana Ruiz said some 3,100 residents were evacuated.

        Original URL: javascript:alert(1)
        """

    static func withStore<T>(token: String? = nil, _ body: (any ArticleStore, ServerConfiguration) async throws -> T) async throws -> T {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("corroborate-server-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try SQLiteStore(path: dir.appendingPathComponent("c.sqlite").path)
        _ = try await Ingestion(store: store).add([
            InputRecord(source: "one-dam.txt", format: .text, bytes: Array(dam.utf8)),
            InputRecord(source: "two-dam.txt", format: .text, bytes: Array(hostile.utf8)),
        ])
        let configuration = ServerConfiguration(port: 0, token: token, maxBodyBytes: 64 << 10)
        let result = try await body(store, configuration)
        await store.close()
        return result
    }

    static func text(_ buffer: ByteBuffer) -> String { String(decoding: buffer.readableBytesView, as: UTF8.self) }

    static func bytes(_ buffer: ByteBuffer) -> [UInt8] { Array(buffer.readableBytesView) }
}
