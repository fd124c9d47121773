import Foundation

/// The trained models shipped with Corroborate, as bytes.
///
/// This target is the only place the analysis reaches the file system: it reads a model file
/// once, when the analysis first asks for it. The file is a SwiftPM resource; it is found next
/// to the executable (`Corroborate_CorroborateModels.resources/`), else in this source folder,
/// and the environment variable `CORROBORATE_NER_MODEL` can name another file.
public enum BundledModels {
    /// The resource name of the entity tagger's model.
    public static let nerFileName = "ner.cner"

    /// The bytes of the entity tagger's model, or nil when no file can be read.
    public static func ner() -> [UInt8]? {
        for path in candidates(nerFileName) {
            if let data = FileManager.default.contents(atPath: path) { return [UInt8](data) }
        }
        return nil
    }

    /// Where a resource may be, most specific first.
    static func candidates(_ name: String) -> [String] {
        var out: [String] = []
        if let override = ProcessInfo.processInfo.environment["CORROBORATE_NER_MODEL"], !override.isEmpty {
            out.append(override)
        }
        let bundleName = "Corroborate_CorroborateModels"
        var directories: [URL] = []
        if let executable = Bundle.main.executableURL?.resolvingSymlinksInPath().deletingLastPathComponent() {
            directories.append(executable)
        }
        directories.append(Bundle.main.bundleURL)
        for directory in directories {
            out.append(directory.appendingPathComponent("\(bundleName).resources/\(name)").path)
            out.append(directory.appendingPathComponent("\(bundleName).bundle/Contents/Resources/\(name)").path)
            out.append(directory.appendingPathComponent("\(bundleName).bundle/\(name)").path)
        }
        // Running from a checkout whose build folder was moved or cleaned.
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        out.append(source.appendingPathComponent("Resources/\(name)").path)
        return out
    }
}
