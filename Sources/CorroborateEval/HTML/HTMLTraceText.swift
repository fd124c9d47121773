import CorroborateIngest

/// The extractor's trace of one page, for `corroborate eval html-trace`.
public enum HTMLTraceText {
    public static func explain(_ bytes: [UInt8]) -> String {
        ExtractionTrace.explain(utf8: HTMLEncoding.decode(bytes).utf8)
    }
}
