// Lists written for Corroborate from general knowledge; see Models/README.md for sources.

enum NERGazetteerData {
    static let surnames = """
        """

    static let places = """
        """

    static let organizations = """
        """

    static let others = """
        """
}
