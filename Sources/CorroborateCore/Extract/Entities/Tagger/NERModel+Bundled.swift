import CorroborateModels

extension NERModel {
    /// The model shipped with Corroborate, read on first use; nil when its file is missing or
    /// damaged (names are then found by rules alone).
    public static let bundled: NERModel? = {
        guard let bytes = BundledModels.ner(), !bytes.isEmpty else { return nil }
        return try? NERModel(bytes: bytes)
    }()
}
