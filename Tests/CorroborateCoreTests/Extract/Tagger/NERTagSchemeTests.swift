import Testing

@testable import CorroborateCore

@Suite struct NERTagSchemeTests {
    @Test(arguments: NERTagScheme.allCases)
    func namesSpelledAsTagsReadBackAsTheSameNames(_ scheme: NERTagScheme) {
        // O PER PER O LOC ORG ORG ORG, with a one-token place right before a three-token body.
        var tags: [UInt8] = [0]
        tags += scheme.tags(for: .person, length: 2).map(UInt8.init)
        tags.append(0)
        tags += scheme.tags(for: .place, length: 1).map(UInt8.init)
        tags += scheme.tags(for: .organization, length: 3).map(UInt8.init)
        let spans = scheme.spans(tags)
        #expect(spans.map(\.0) == [1..<3, 4..<5, 5..<8])
        #expect(spans.map(\.1) == [.person, .place, .organization])
    }

    @Test func bioAllowsAnInsideTagOnlyAfterTheSameType() {
        let scheme = NERTagScheme.bio
        let bPer = scheme.tag(.person, position: 0), iPer = scheme.tag(.person, position: 1)
        let iOrg = scheme.tag(.organization, position: 1)
        #expect(scheme.allows(bPer, iPer))
        #expect(!scheme.allows(bPer, iOrg))
        #expect(!scheme.allows(-1, iPer))
        #expect(!scheme.allows(0, iPer))
        #expect(scheme.tagCount == 9)
    }
}
