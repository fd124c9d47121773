import Foundation
import GRDB
import GRDBSQLite

/// One run of a cached statement with its values bound straight to SQLite's parameters.
///
/// GRDB's `execute(arguments:)` builds an array of `DatabaseValue`s, checks it against the
/// statement and prepares transaction observers for every row; ingest writes about ten rows
/// per article, and that bookkeeping was a twentieth of the ingest. The collection registers
/// no transaction observers, and these statements run inside its own write transaction,
/// which rolls back whole when one of them fails.
///
/// Each `bind` fills the next parameter and gives back the row, so a statement reads as one
/// expression:
///
/// ```swift
/// try SQLiteRow(db.cachedStatement(sql: "INSERT INTO t (a, b) VALUES (?, ?)")).bind("text").bind(42).run()
/// ```
struct SQLiteRow {
    private let statement: Statement
    private var handle: OpaquePointer { statement.sqliteStatement }
    /// The next parameter (SQLite numbers them from 1).
    private var parameter: Int32 = 1

    init(_ statement: Statement) {
        self.statement = statement
        sqlite3_reset(statement.sqliteStatement)
        sqlite3_clear_bindings(statement.sqliteStatement)
    }

    /// SQLite copies the bytes: nothing bound must outlive the call.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    /// The row with its next parameter to fill.
    private var next: SQLiteRow {
        var row = self
        row.parameter += 1
        return row
    }

    func bind(_ value: String?) -> SQLiteRow {
        guard var value else { return next }  // Parameters start as NULL.
        _ = value.withUTF8 { utf8 in
            // An empty buffer may have no address, which SQLite would bind as NULL.
            if let base = utf8.baseAddress {
                sqlite3_bind_text(handle, parameter, base, Int32(utf8.count), SQLiteRow.transient)
            } else {
                sqlite3_bind_text(handle, parameter, "", 0, SQLiteRow.transient)
            }
        }
        return next
    }

    func bind(_ value: Int?) -> SQLiteRow { bind(value.map(Int64.init)) }

    func bind(_ value: Int64?) -> SQLiteRow {
        if let value { sqlite3_bind_int64(handle, parameter, value) }
        return next
    }

    func bind(_ value: Double?) -> SQLiteRow {
        if let value { sqlite3_bind_double(handle, parameter, value) }
        return next
    }

    func bind(_ bytes: [UInt8]) -> SQLiteRow { bytes.withUnsafeBytes(bind(blob:)) }

    func bind(_ data: Data) -> SQLiteRow { data.withUnsafeBytes(bind(blob:)) }

    private func bind(blob raw: UnsafeRawBufferPointer) -> SQLiteRow {
        // Empty bytes may have no address, which SQLite would bind as NULL.
        if let base = raw.baseAddress, raw.count > 0 {
            sqlite3_bind_blob(handle, parameter, base, Int32(raw.count), SQLiteRow.transient)
        } else {
            sqlite3_bind_zeroblob(handle, parameter, 0)
        }
        return next
    }

    /// Runs a statement that returns no rows.
    func run() throws {
        _ = try step()
        sqlite3_reset(handle)
    }

    /// Runs a query and gives the first column of its first row as text, if it has a row.
    func firstText() throws -> String? {
        guard try step() else { return nil }
        defer { sqlite3_reset(handle) }
        guard let text = sqlite3_column_text(handle, 0) else { return nil }
        // By length, not up to a NUL byte: the text is returned whole whatever it holds.
        return String(decoding: UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(handle, 0))), as: UTF8.self)
    }

    /// Runs a query and gives the first column of its first row as an integer, if it has a row.
    func firstInteger() throws -> Int64? {
        guard try step() else { return nil }
        defer { sqlite3_reset(handle) }
        return sqlite3_column_type(handle, 0) == SQLITE_NULL ? nil : sqlite3_column_int64(handle, 0)
    }

    /// Whether the step produced a row.
    private func step() throws -> Bool {
        let code = sqlite3_step(handle)
        switch code {
        case SQLITE_DONE: return false
        case SQLITE_ROW: return true
        default:
            let message = sqlite3_db_handle(handle).flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
            sqlite3_reset(handle)
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
        }
    }
}
