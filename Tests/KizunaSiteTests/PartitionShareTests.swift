import Testing
@testable import KizunaSite

/// A partition's printed shares add up to 100.0% (issue 23, item 7): largest remainders.
@Suite struct PartitionShareTests {
    @Test func thirdsAddUpToOneHundred() {
        #expect(Disclosure.tenthsOfPercent([1, 1, 1], of: 3) == [334, 333, 333])
        #expect(Disclosure.tenthsOfPercent([0, 0], of: 0) == [0, 0])
        #expect(Disclosure.tenthsOfPercent([7, 0, 0], of: 7) == [1000, 0, 0])
    }

    @Test func randomPartitionsAddUpAndStayWithinATenth() {
        var rng = SeededRandom(state: 1_000)
        for _ in 0..<2_000 {
            let counts = (0..<Int.random(in: 1...11, using: &rng)).map { _ in Int.random(in: 0...400, using: &rng) }
            let total = counts.reduce(0, +)
            guard total > 0 else { continue }
            let tenths = Disclosure.tenthsOfPercent(counts, of: total)
            #expect(tenths.reduce(0, +) == 1000, "\(counts)")
            for (count, tenth) in zip(counts, tenths) {
                #expect(abs(Double(tenth) - Double(count) * 1000 / Double(total)) < 1, "\(counts)")
            }
        }
    }

    /// The table a page prints: 「35.4%」 … adding up to 100.0, where rounding each alone gave 99.9.
    @Test func aPartitionTablePrintsThem() {
        let cells = [3, 3, 3].enumerated().map { Disclosure.Cell(.category(String($0.offset)), $0.element) }
        let table = Disclosure.partition(cells, minCell: 3)
        let shares = table.rows.compactMap(\.share).map { String(format: "%.1f", $0 * 100) }
        #expect(shares == ["33.4", "33.3", "33.3"])
    }
}
