using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.Checking;

/// <summary>MP2022: one document or zone under several names, reported once with every variant.</summary>
public sealed class OneNameTests
{
    private static string Text(params string[] paragraphs) =>
        "章 \"总则\" {\n" + string.Join("\n", paragraphs.Select(p => $"    段: \"{p}\"")) + "\n}\n";

    [Fact]
    public void A_document_cited_with_and_without_its_remark_is_reported_once_with_both_variants_and_their_places()
    {
        var findings = Compile.Diagnostics(Text(
            "落实《自然资源部关于推进矿产资源管理改革若干事项的意见》。",
            "依照《自然资源部关于推进矿产资源管理改革若干事项的意见（试行）》，推进净矿出让。",
            "按《自然资源部关于推进矿产资源管理改革若干事项的意见》执行。"));

        var finding = Assert.Single(findings, d => d.Code == "MP2022");
        Assert.Equal(
            "《自然资源部关于推进矿产资源管理改革若干事项的意见》在本规划中有 2 种写法：《自然资源部关于推进矿产资源管理改革若干事项的意见》 ×2; 《自然资源部关于推进矿产资源管理改革若干事项的意见（试行）》 ×1；请全文统一（使用准确的标题或编号）",
            finding.Message(Language.Zh));
        Assert.Equal(3, finding.Span.Line);   // the first use of the most used spelling (line 1 is the header, 2 the chapter)
        var other = Assert.Single(finding.Related);
        Assert.Equal(4, other.Span.Line);
    }

    [Theory]
    // Another period is another document (the last plan against this one).
    [InlineData("《铁岭市矿产资源总体规划（2016-2020年）》", "《铁岭市矿产资源总体规划（2021-2025年）》")]
    // The same spelling twice.
    [InlineData("《矿产资源规划编制实施办法》", "《矿产资源规划编制实施办法》")]
    // A short name the plan defines.
    [InlineData("《规划》", "《规划（试行）》")]
    public void Distinct_documents_or_one_spelling_are_quiet(string a, string b) =>
        Assert.DoesNotContain("MP2022", Compile.Codes(Compile.Diagnostics(Text("见" + a + "。", "按" + b + "。"))));

    [Fact]
    public void Dash_and_bracket_widths_make_a_second_spelling_of_one_title() =>
        Assert.Contains("MP2022", Compile.Codes(Compile.Diagnostics(Text("见《喀左县矿产资源规划（2021～2025年）》。", "按《喀左县矿产资源规划(2021-2025年)》。"))));

    [Fact]
    public void A_zone_declared_twice_under_two_ids_is_reported_with_both_ids()
    {
        const string zone = """
            分区 {0} "白石嘴子金矿重点勘查区" {{
                类型: 重点勘查区
                矿种: 金矿
            }}

            """;
        var body = string.Format(System.Globalization.CultureInfo.InvariantCulture, zone, "ZK01") + string.Format(System.Globalization.CultureInfo.InvariantCulture, zone, "KC05");
        var finding = Assert.Single(Compile.Diagnostics(body), d => d.Code == "MP2022");
        Assert.Contains("ZK01", finding.Message(Language.En), StringComparison.Ordinal);
        Assert.Contains("KC05", finding.Message(Language.En), StringComparison.Ordinal);

        Assert.DoesNotContain("MP2022", Compile.Codes(Compile.Diagnostics(string.Format(System.Globalization.CultureInfo.InvariantCulture, zone, "ZK01")
            + string.Format(System.Globalization.CultureInfo.InvariantCulture, zone, "KC05").Replace("白石嘴子", "四官营子", StringComparison.Ordinal))));
    }
}
