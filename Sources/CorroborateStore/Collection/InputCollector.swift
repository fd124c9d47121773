public import CorroborateIngest
import Foundation

/// Turns what a user names — files, directories, `-` for standard input — into inputs to keep.
///
/// Directories are walked as `corroborate analyze` walks them. A JSON Lines file becomes
/// chunks of whole lines, so that a large file is committed (and shared among workers) a
/// chunk at a time.
public struct InputCollector: Sendable {
    /// The largest file accepted, except JSON Lines (whose records are limited one by one).
    public var maxFileBytes: Int
    /// JSON Lines records per input.
    public var linesPerChunk: Int

    public init(maxFileBytes: Int = 32 << 20, linesPerChunk: Int = 20) {
        self.maxFileBytes = maxFileBytes
        self.linesPerChunk = max(1, linesPerChunk)
    }

    /// The files a list of paths names, in order: directories expanded, `-` kept as is.
    public func files(_ paths: [String]) -> (files: [String], errors: [IngestReport.Notice]) {
        var files: [String] = []
        var errors: [IngestReport.Notice] = []
        for path in paths {
            if path == "-" {
                files.append(path)
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                errors.append(.init(source: path, code: "unreadable", message: "no such file or directory"))
                continue
            }
            if isDirectory.boolValue {
                let found = Ingestor().articleFiles(in: path)
                if found.isEmpty {
                    errors.append(.init(source: path, code: "empty", message: "no article files (.txt, .jsonl, .html) in the directory"))
                }
                files += found
            } else {
                files.append(path)
            }
        }
        return (files, errors)
    }

    /// Reads one file (or `-`) into inputs.
    public func records(
        file: String, standardInput: (@Sendable () -> [UInt8])? = nil
    ) -> (records: [InputRecord], error: IngestReport.Notice?) {
        if file == "-" {
            let bytes = standardInput?() ?? Array(FileHandle.standardInput.readDataToEndOfFile())
            return (records(bytes: bytes, source: "stdin", format: nil), nil)
        }
        let format = Ingestor.format(ofPath: file).flatMap { InputFormat(rawValue: $0.rawValue) }
        if format != .jsonLines, let size = (try? FileManager.default.attributesOfItem(atPath: file))?[.size] as? NSNumber,
            size.intValue > maxFileBytes
        {
            return ([], .init(
                source: file, code: "tooLarge",
                message: "too large for one article (\(size.intValue) bytes; the limit is \(maxFileBytes) bytes)"))
        }
        guard let data = FileManager.default.contents(atPath: file) else {
            return ([], .init(source: file, code: "unreadable", message: "cannot be read (permissions, or not a regular file)"))
        }
        return (records(bytes: Array(data), source: file, format: format), nil)
    }

    /// Inputs from bytes already in memory (an upload, standard input).
    public func records(bytes: [UInt8], source: String, format: InputFormat?) -> [InputRecord] {
        let format = format ?? InputFormat(rawValue: Ingestor.sniff(bytes).rawValue)
        guard format == .jsonLines else { return [InputRecord(source: source, format: format, bytes: bytes)] }
        var records: [InputRecord] = []
        var start = 0
        var line = 1
        while start < bytes.count {
            var end = start
            var lines = 0
            while end < bytes.count, lines < linesPerChunk {
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                if end < bytes.count { end += 1 }
                lines += 1
            }
            records.append(InputRecord(source: source, format: .jsonLines, bytes: Array(bytes[start..<end]), firstLine: line))
            line += lines
            start = end
        }
        if records.isEmpty { records.append(InputRecord(source: source, format: .jsonLines, bytes: [])) }
        return records
    }
}
