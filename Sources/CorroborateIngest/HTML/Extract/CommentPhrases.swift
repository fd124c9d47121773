/// Lines that open a readers' comments section ("Comments (12)", "Add your comment", "Have
/// your say", "Kommentare"), in English and the main Western European languages.
enum CommentPhrases {
    private static let phrases: [[UInt8]] = [
        "comment", "have your say", "your views", "join the discussion", "discuss this", "reader reactions",
        "readers' reactions", "talkback", "kommentar", "commentaire", "comentario", "commenti", "reacties", "reageer",
        "leserbrief", "deja tu", "laisser un", "réagir", "reagieren", "reacciones",
    ].map { Array($0.utf8) }

    /// Whether a short line opens a comments section.
    static func opensComments(_ text: ArraySlice<UInt8>) -> Bool {
        let lower = text.map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }
        guard lower.count <= 80 else { return false }
        // "Commentary" and "commentator" name articles and people, not comment sections.
        if lower.firstRange(of: Array("commentar".utf8)) != nil || lower.firstRange(of: Array("commentat".utf8)) != nil {
            return false
        }
        return phrases.contains { lower.firstRange(of: $0) != nil }
    }
}
