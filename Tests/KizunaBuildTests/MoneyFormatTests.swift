import Foundation
import Testing
@testable import KizunaContent
@testable import KizunaBuild
@testable import KizunaSite

/// Money as readers of each language read it (docs/JAPANESE.md §4): Japanese in 万・億 from
/// 10,000 with the unit once per range, 時給・年収 for employment and 1時間あたり・1件あたり… for
/// contract work and mentoring; English as it always was.
@Suite struct MoneyFormatTests {
    static func format(_ language: String) throws -> DisplayFormat {
        let theme = try #require(Theme.load(from: Repo.theme, language: language).theme)
        return DisplayFormat(strings: theme.strings, zone: TimeZone(identifier: "Asia/Tokyo")!)
    }

    static func pay(_ min: Int?, _ max: Int?, _ unit: Opportunity.Compensation.Unit, currency: String = "JPY") -> Opportunity.Compensation {
        Opportunity.Compensation(min: min, max: max, currency: currency, unit: unit)
    }

    @Test(arguments: [
        (0, "0"), (999, "999"), (9_999, "9,999"), (10_000, "1万"), (15_000, "1万5,000"), (10_001, "1万1"),
        (99_999, "9万9,999"), (100_000, "10万"), (1_000_000, "100万"), (11_000_000, "1,100万"),
        (99_990_000, "9,999万"), (100_000_000, "1億"), (100_005_000, "1億5,000"), (123_456_789, "1億2,345万6,789"),
        (1_000_000_000_000, "1兆"), (1_234_500_000_000_000, "1,234兆5,000億"), (12_345_000_000_000_000, "12,345兆"), (-15_000, "-1万5,000"),
    ])
    func japaneseAmountsCountInMyriads(amount: Int, text: String) throws {
        #expect(try Self.format("ja").amount(amount) == text)
    }

    @Test(arguments: [(9_999, "9,999"), (10_000, "10,000"), (123_456_789, "123,456,789")])
    func englishAmountsGroupThousands(amount: Int, text: String) throws {
        #expect(try Self.format("en").amount(amount) == text)
    }

    @Test func japaneseRangesWriteTheUnitOnce() throws {
        let f = try Self.format("ja")
        #expect(f.money(min: 1_500, max: 1_800, currency: "JPY") == "1,500〜1,800円")
        #expect(f.money(min: 8_000_000, max: 11_000_000, currency: "JPY") == "800万〜1,100万円")
        #expect(f.money(min: 9_000, max: 12_000, currency: "JPY") == "9,000〜1万2,000円")
        #expect(f.money(min: 15_000, max: 15_000, currency: "JPY") == "1万5,000円")
        #expect(f.money(min: 300_000, max: nil, currency: "JPY") == "30万円〜")
        #expect(f.money(min: nil, max: 500_000, currency: "JPY") == "〜50万円")
        #expect(f.money(min: nil, max: nil, currency: "JPY") == "")
        #expect(f.money(min: 40_000, max: 60_000, currency: "USD") == "4万〜6万 USD")
        #expect(f.money(min: 5_000, max: nil, currency: "USD") == "5,000 USD〜")
    }

    @Test func employmentAndContractPayAreNamedApart() throws {
        let f = try Self.format("ja")
        #expect(f.compensation(Self.pay(8_000_000, 11_000_000, .year), of: .rehire) == "年収 800万〜1,100万円")
        #expect(f.compensation(Self.pay(1_500, 1_800, .hour), of: .rehire) == "時給 1,500〜1,800円")
        #expect(f.compensation(Self.pay(300_000, 500_000, .project), of: .contract) == "1件あたり 30万〜50万円")
        #expect(f.compensation(Self.pay(6_000, 9_000, .hour), of: .contract) == "1時間あたり 6,000〜9,000円")
        #expect(f.compensation(Self.pay(80_000, 120_000, .day), of: .contract) == "1日あたり 8万〜12万円")
        #expect(f.compensation(Self.pay(50_000, 50_000, .month), of: .mentor) == "月額 5万円")
        #expect(f.compensation(Self.pay(12_000, 18_000, .hour), of: .mentor) == "1時間あたり 1万2,000〜1万8,000円")
        // No 時給 and no 案件単価 for work that is not employment, whatever its unit.
        for unit in Opportunity.Compensation.Unit.allCases {
            for kind in [Opportunity.Kind.contract, .mentor] {
                let text = f.compensation(Self.pay(10_000, nil, unit), of: kind)
                #expect(!text.contains("時給") && !text.contains("年収") && !text.contains("単価"), "\(kind) \(unit): \(text)")
                #expect(JapaneseStyle.findings(in: text) == [], "\(text)")
            }
        }
    }

    @Test func englishIsUnchanged() throws {
        let f = try Self.format("en")
        #expect(f.compensation(Self.pay(8_000_000, 11_000_000, .year), of: .rehire) == "¥8,000,000–¥11,000,000 per year")
        #expect(f.compensation(Self.pay(300_000, 500_000, .project), of: .contract) == "¥300,000–¥500,000 per project")
        #expect(f.compensation(Self.pay(5_000, nil, .hour), of: .mentor) == "from ¥5,000 per hour")
        #expect(f.compensation(Self.pay(nil, 15_000, .hour), of: .contract) == "up to ¥15,000 per hour")
        #expect(f.compensation(Self.pay(50_000, 50_000, .month), of: .mentor) == "¥50,000 per month")
        #expect(f.compensation(Self.pay(40_000, 60_000, .month, currency: "USD"), of: .contract) == "40,000 USD–60,000 USD per month")
    }
}
