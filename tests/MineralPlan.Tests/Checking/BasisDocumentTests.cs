using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.Checking;

/// <summary>
/// MP2012: a document of 编制依据 that the rule knows (DOMAIN.md §1.1) carries its real 文号; brackets are compared
/// loosely, the issuing prefix, year and number strictly.
/// </summary>
public sealed class BasisDocumentTests
{
    private static IReadOnlyList<Diagnostic> Findings(string title, string number) =>
        [.. Compile.Diagnostics($"规划 t {{ 标题: \"x\" 级别: 县级 基期: 2020 规划期: 2021..2025 展望: 2035 依据 \"{title}\" {{ 文号: \"{number}\" }} }}", withHeader: false)
            .Where(d => d.Code == "MP2012")];

    [Theory]
    [InlineData("《自然资源部关于全面开展矿产资源规划（2021-2025年）编制工作的通知》", "自然资发〔2020〕43号")]
    [InlineData("《市县级矿产资源总体规划编制要点》", "自然资办发〔2020〕19号")]
    [InlineData("《省级矿产资源总体规划编制技术规程》", "自然资办发〔2020〕19号")]
    [InlineData("《自然资源部办公厅关于完善矿产资源规划实施管理有关事项的通知》", "自然资办发〔2024〕53号")]
    public void Each_known_document_is_quiet_with_its_number_and_named_with_it_otherwise(string title, string number)
    {
        Assert.Empty(Findings(title, number));
        var wrong = number.Replace("〕", "〕1", StringComparison.Ordinal);
        var finding = Assert.Single(Findings(title, wrong));
        Assert.Equal($"{title} is numbered {wrong} here, but its number is {number}; correct the 文号", finding.Message(Language.En));
        var fix = Assert.Single(finding.Fixes);
        Assert.Equal($"Write the document number {number}", fix.TitleEn);
        Assert.Equal($"改为文号 {number}", fix.TitleZh);
        Assert.Equal(number, Assert.Single(fix.Edits).NewText);
        Assert.Equal(wrong.Length, fix.Edits[0].Span.Length);
    }

    [Theory]
    [InlineData("自然资发[2020]43号")]
    [InlineData("自然资发（2020）43号")]
    [InlineData("自然资发(2020)43号")]
    [InlineData("自然资发 〔2020〕 43号")]
    public void Bracket_widths_and_spaces_are_one_number(string number) =>
        Assert.Empty(Findings("《自然资源部关于全面开展矿产资源规划（2021-2025年）编制工作的通知》", number));

    [Theory]
    [InlineData("自然资发〔2021〕43号")]   // another year
    [InlineData("自然资办发〔2020〕43号")] // another issuer
    public void The_issuer_and_year_are_compared_strictly(string number) =>
        Assert.Single(Findings("《自然资源部关于全面开展矿产资源规划（2021-2025年）编制工作的通知》", number));

    [Fact]
    public void A_document_the_rule_does_not_know_is_not_judged() =>
        Assert.Empty(Findings("《辽宁省矿产资源总体规划（2021-2025年）》", "辽政〔2022〕1号"));
}
