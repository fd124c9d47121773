/// Lines that open a readers' comments section ("Comments (12)", "Add your comment", "Have
/// your say", "Kommentare"), in English and the main Western European languages.
enum CommentPhrases {
    private static let phrases: [[UInt8]] = [
        "comment", "have your say", "your views", "join the discussion", "discuss this", "reader reactions",
        "readers' reactions", "talkback", "kommentar", "commentaire", "comentario", "commenti", "reacties", "reageer",
        "leserbrief", "deja tu", "laisser un", "réagir", "reagieren", "reacciones",
    ].map { Array($0.utf8) }

    private static let commentar = Array("commentar".utf8), commentat = Array("commentat".utf8)

    /// Whether a short line opens a comments section.
    static func opensComments(_ text: ArraySlice<UInt8>) -> Bool {
        guard text.count <= 80 else { return false }
        let lower = ByteSearch.lowercased(text)
        // "Commentary" and "commentator" name articles and people, not comment sections.
        if ByteSearch.contains(commentar, in: lower) || ByteSearch.contains(commentat, in: lower) { return false }
        return phrases.contains { ByteSearch.contains($0, in: lower) }
    }
}
