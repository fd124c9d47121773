import Foundation
import GRDB
import Testing

@testable import CorroborateStore

/// `SQLiteRow` binds values without GRDB's checks, so these pin what SQLite receives.
@Suite struct SQLiteRowTests {
    func withTable(_ body: (Database) throws -> Void) throws {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, note TEXT, n INTEGER, x REAL, data BLOB NOT NULL)")
            try body(db)
        }
    }

    @Test func valuesArriveWithTheirTypesAndMissingOnesAsNull() throws {
        try withTable { db in
            let insert = try db.cachedStatement(sql: "INSERT INTO t (name, note, n, x, data) VALUES (?, ?, ?, ?, ?)")
            try SQLiteRow(insert).bind("Nørre Vig").bind(String?.none).bind(-42).bind(2.5).bind([UInt8]([0, 1, 2])).run()
            let stored = try #require(try Row.fetchOne(db, sql: "SELECT name, note, n, x, data FROM t"))
            #expect(stored["name"] as String == "Nørre Vig")
            #expect(stored["note"] as String? == nil)
            #expect(stored["n"] as Int == -42)
            #expect(stored["x"] as Double == 2.5)
            #expect(stored["data"] as Data == Data([0, 1, 2]))
        }
    }

    @Test func emptyTextAndEmptyBytesAreNotNull() throws {
        try withTable { db in
            let insert = try db.cachedStatement(sql: "INSERT INTO t (name, data) VALUES (?, ?)")
            try SQLiteRow(insert).bind("").bind([UInt8]()).run()
            try SQLiteRow(insert).bind("b").bind(Data()).run()
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM t WHERE name IS NOT NULL AND length(data) = 0") == 2)
        }
    }

    @Test func queriesReturnTheirFirstValueWholeOrNothing() throws {
        try withTable { db in
            try SQLiteRow(db.cachedStatement(sql: "INSERT INTO t (name, n, data) VALUES (?, 7, x'')")).bind("a\u{0}b").run()
            let text = SQLiteRow(try db.cachedStatement(sql: "SELECT name FROM t WHERE n = ?")).bind(7)
            #expect(try text.firstText() == "a\u{0}b")
            let none = SQLiteRow(try db.cachedStatement(sql: "SELECT n FROM t WHERE name = ?")).bind("missing")
            #expect(try none.firstInteger() == nil)
        }
    }

    @Test func aFailedRunThrowsAndTheStatementRunsAgain() throws {
        try withTable { db in
            let insert = try db.cachedStatement(sql: "INSERT INTO t (name, data) VALUES (?, x'')")
            try SQLiteRow(insert).bind("same").run()
            let repeated = SQLiteRow(insert).bind("same")
            #expect(throws: DatabaseError.self) { try repeated.run() }
            try SQLiteRow(insert).bind("other").run()
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM t") == 2)
        }
    }
}
