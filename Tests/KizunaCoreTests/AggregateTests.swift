import Testing
@testable import KizunaCore

@Suite struct AggregateTests {
    @Test func smallCountsAreSuppressed() {
        let a = Aggregate([("a", 10), ("b", 4), ("c", 3), ("d", 7)], minCell: 5)
        #expect(a.buckets.map(\.count) == [10, nil, nil, 7])
        #expect(a.buckets.map(\.complementary) == [false, false, false, false])
        #expect(a.total == 24)
        #expect(a.buckets[0].share == 10.0 / 24.0)
    }

    /// With one small cell hidden, total minus the rest would reveal it: hide the next smallest too.
    @Test func aSingleSuppressedCellGetsAComplementaryOne() {
        let a = Aggregate([("1990s", 2), ("2000s", 17), ("2010s", 16)], minCell: 5)
        #expect(a.buckets.map(\.count) == [nil, 17, nil])
        #expect(a.buckets.map(\.complementary) == [false, false, true])
    }

    @Test func zeroNeedsNoComplement() {
        let a = Aggregate([("a", 0), ("b", 9), ("c", 8)], minCell: 5)
        #expect(a.buckets.map(\.count) == [nil, 9, 8])
    }

    @Test func smallTotalsAreSuppressedToo() {
        let a = Aggregate([("a", 2), ("b", 1)], minCell: 5)
        #expect(a.total == nil)
        #expect(a.buckets.allSatisfy { $0.count == nil })
    }

    @Test func networkCountsOnlyMembersWhoAllowStatistics() {
        func profile(_ slug: String, joined: Int, stats: Bool, industry: String) -> Profile {
            Profile(slug: slug, name: slug, nameEN: nil, joined: joined, left: nil, departments: [], industry: industry,
                    role: nil, company: nil, interests: ["交流会", "交流会"], mentor: true, bio: nil, links: [], email: nil,
                    consent: .init(directory: false, fields: [], stats: stats), at: FieldLocations(file: SourceLocation(path: slug)))
        }
        let profiles = (0..<6).map { profile("p\($0)", joined: 2010 + $0, stats: true, industry: "IT") }
            + [profile("x", joined: 1999, stats: false, industry: "金融")]
        let stats = NetworkStats(profiles: profiles, minCell: 5)
        #expect(stats.members == 6)
        #expect(stats.byDecade.buckets.map(\.label) == ["2010s"])
        #expect(stats.byIndustry.buckets.map(\.label) == ["IT"])
        // Repeated interests in one profile count once.
        #expect(stats.byInterest.buckets.first?.count == 6)
    }
}
