import Testing
@testable import KizunaContent
@testable import KizunaCore
@testable import KizunaSite

@Suite struct AggregateTests {
    static func named(_ counts: [Int]) -> [(category: Aggregate.Category, count: Int)] {
        counts.enumerated().map { (.named("o\($0.offset)"), $0.element) }
    }

    static func partition(_ counts: [Int], total: Int? = nil, minCell: Int = 5) -> Aggregate {
        Aggregate(partition: named(counts), total: total ?? counts.reduce(0, +), minCell: minCell)
    }

    /// The reader's view of a derived table, for the solver.
    static func readerTables(_ a: Aggregate, total: Int) -> [ReaderTable] {
        let cells = a.buckets.map { b -> ReaderTable.Cell in
            switch b.shown {
            case .count(let n): return .printed(n)
            case .small: return .small
            case .complementary: return .hidden
            case .withheld: return .withheld
            }
        }
        switch a.kind {
        case .partition: return a.withheld ? [] : [ReaderTable(name: "t", kind: .partition, cells: cells, total: total)]
        case .multiAnswer: return cells.map { ReaderTable(name: "t", kind: .twoCell, cells: [$0], total: total) }
        }
    }

    static func problems(_ a: Aggregate, total: Int) -> [String] {
        readerTables(a, total: total).flatMap { DisclosureSolver.problems($0, minCell: a.minCell) }
    }

    @Test func smallCountsAreSuppressed() {
        let a = Self.partition([10, 4, 3, 7])
        #expect(a.buckets.map(\.count) == [10, nil, nil, 7])
        #expect(a.buckets.map(\.complementary) == [false, false, false, false])
        #expect(a.total == 24)
        #expect(a.buckets[0].share == 10.0 / 24.0)
        #expect(Self.problems(a, total: 24) == [])
    }

    /// With one small cell hidden, total minus the rest would reveal it: hide the next smallest too.
    @Test func aSingleSuppressedCellGetsAComplementaryOne() {
        let a = Self.partition([2, 17, 16])
        #expect(a.buckets.map(\.count) == [nil, 17, nil])
        #expect(a.buckets.map(\.complementary) == [false, false, true])
        #expect(Self.problems(a, total: 35) == [])
    }

    /// (11) A zero is a small cell like any other and is never left alone.
    @Test func aHiddenZeroGetsAComplementaryOne() {
        let a = Self.partition([0, 10, 20])
        #expect(a.buckets.map(\.shown) == [.small, .complementary, .count(20)])
        #expect(Self.problems(a, total: 30) == [])
        // The old output, [<5, 10, 20] of 30, is what the solver must catch.
        let old = ReaderTable(name: "old", kind: .partition, cells: [.small, .printed(10), .printed(20)], total: 30)
        #expect(DisclosureSolver.problems(old, minCell: 5).contains { $0.contains("worked out: 0") })
    }

    /// (11) Hidden cells together hold at least min_cell: 1 and 0 alone would read as "one".
    @Test func hiddenCellsNeverAddUpBelowMinCell() {
        let a = Self.partition([1, 5, 6, 42, 0])
        #expect(a.buckets.map(\.shown) == [.small, .complementary, .count(6), .count(42), .small])
        #expect(Self.problems(a, total: 54) == [])
        let old = ReaderTable(name: "old", kind: .partition, cells: [.small, .printed(5), .printed(6), .printed(42), .small], total: 54)
        #expect(DisclosureSolver.problems(old, minCell: 5).contains { $0.contains("add up to 1") })
    }

    /// Two small cells that can only be 4 and 4, or a `—` that can only be 5, are worked out
    /// without any sum being small: more cells are hidden.
    @Test func hiddenCellsAreNeverPinnedByTheirMarkers() {
        let fours = Self.partition([4, 4, 20, 30])
        #expect(fours.buckets.map(\.shown) == [.small, .small, .complementary, .count(30)])
        #expect(Self.problems(fours, total: 58) == [])
        let five = Self.partition([0, 5, 9, 30])
        #expect(Self.problems(five, total: 44) == [])
        #expect(five.buckets[2].count == nil)
        // Complementary cells are picked smallest first: a `—` no larger than the printed 5 is 5.
        let tie = Self.partition([3, 5, 5, 100])
        #expect(Self.problems(tie, total: 113) == [])
    }

    /// A table nothing can protect is withheld as a whole: [4, 4] of 8 can only be 4 and 4.
    @Test func unprotectableTablesAreWithheld() {
        let a = Self.partition([4, 4])
        #expect(a.withheld)
        #expect(a.buckets.isEmpty)
        #expect(a.total == 8)
    }

    @Test func smallTotalsWithholdTheTable() {
        let a = Self.partition([2, 1])
        #expect(a.total == nil)
        #expect(a.withheld)
    }

    /// A partition whose counts add up to less than its total gets a "not answered" cell.
    @Test func theRemainderIsACell() {
        let a = Self.partition([40, 50], total: 92)
        #expect(a.buckets.map(\.category) == [.named("o0"), .named("o1"), .notAnswered])
        #expect(a.buckets.map(\.shown) == [.complementary, .count(50), .small])
        #expect(Self.problems(a, total: 92) == [])
    }

    /// Multi-answer: each option is [c, total − c]; printed only when both are at least min_cell.
    @Test func multiAnswerCellsAreTwoCellTables() {
        let a = Aggregate(multiAnswer: Self.named([3, 20, 27, 30, 0]), of: 30, minCell: 5)
        #expect(a.buckets.map(\.shown) == [.small, .count(20), .complementary, .complementary, .small])
        #expect(a.buckets.map(\.share) == [nil, 20.0 / 30.0, nil, nil, nil])
        #expect(Self.problems(a, total: 30) == [])
        // Everyone of exactly min_cell people: "—" would pin it to 5.
        let tight = Aggregate(multiAnswer: Self.named([5, 2]), of: 5, minCell: 5)
        #expect(tight.buckets.map(\.shown) == [.withheld, .small])
        #expect(Self.problems(tight, total: 5) == [])
    }

    /// min_cell 1 asks for no suppression.
    @Test func minCellOneSuppressesNothing() {
        #expect(Self.partition([0, 1, 2], minCell: 1).buckets.map(\.count) == [0, 1, 2])
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
        #expect(stats.members == .count(6))
        #expect(stats.byDecade.buckets.map(\.label) == ["2010s"])
        #expect(stats.byIndustry.buckets.map(\.label) == ["IT"])
        // Repeated interests in one profile count once: 6 of 6 leaves nobody else, so it is hidden.
        #expect(stats.byInterest.buckets.first?.shown == .complementary)
        // (9) Six members, all mentors: the rest (0) is small.
        #expect(stats.mentors == .complementary)
    }
}
