using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Checking;
using MineralPlan.Semantics;
using MineralPlan.Syntax;
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

    [Fact]
    public void The_most_used_spelling_leads_even_when_another_comes_first()
    {
        var finding = Assert.Single(Compile.Diagnostics(Text(
            "依照《矿产资源规划编制实施办法（试行）》。",
            "落实《矿产资源规划编制实施办法》。",
            "按《矿产资源规划编制实施办法》执行。")), d => d.Code == "MP2022");
        Assert.Equal(4, finding.Span.Line);
        Assert.Equal("《矿产资源规划编制实施办法》 is written 2 ways in this plan: 《矿产资源规划编制实施办法》 ×2; 《矿产资源规划编制实施办法（试行）》 ×1; use one name throughout (the exact title or id)",
            finding.Message(Language.En));
        var other = Assert.Single(finding.Related);
        Assert.Equal(3, other.Span.Line);
        Assert.Equal("written 《矿产资源规划编制实施办法（试行）》", other.MessageEn);
        Assert.Equal("写作《矿产资源规划编制实施办法（试行）》", other.MessageZh);
    }

    [Fact]
    public void Spellings_used_equally_often_lead_with_the_first_written()
    {
        var finding = Assert.Single(Compile.Diagnostics(Text(
            "依照《矿产资源规划编制实施办法（试行）》。",
            "落实《矿产资源规划编制实施办法》。")), d => d.Code == "MP2022");
        Assert.Equal(3, finding.Span.Line);
        Assert.Equal(4, Assert.Single(finding.Related).Span.Line);
    }

    [Theory]
    [InlineData("《矿产规划》", "《矿产规划（试行）》", false)]      // four characters: a short name of the plan's own
    [InlineData("《矿产资源法》", "《矿产资源法（修订）》", true)]    // five: a title
    [InlineData("《甲县规划（2021-2025年）》", "《甲县规划（2021-2025）》", true)]   // 年 after a year set aside
    public void Titles_longer_than_four_characters_are_compared_once_remarks_are_set_aside(string a, string b, bool fires) =>
        Assert.Equal(fires, Compile.Codes(Compile.Diagnostics(Text("见" + a + "。", "按" + b + "。"))).Contains("MP2022", StringComparison.Ordinal));

    [Fact]
    public void A_zone_and_a_block_of_one_name_are_two_things()
    {
        const string body = """
            分区 ZK01 "白石嘴子金矿" {
                类型: 重点勘查区
                矿种: 金矿
            }

            区块 KC01 "白石嘴子金矿" {
                类型: 勘查
                矿种: 金矿
            }
            """;
        Assert.DoesNotContain("MP2022", Compile.Codes(Compile.Diagnostics(body)));
    }

    [Fact]
    public void Blocks_of_one_name_name_each_id_with_the_name()
    {
        const string body = """
            区块 KC01 "白石嘴子金矿勘查区块" {
                类型: 勘查
                矿种: 金矿
            }

            区块 KC02 "白石嘴子金矿勘查区块" {
                类型: 勘查
                矿种: 金矿
            }
            """;
        var finding = Assert.Single(Compile.Diagnostics(body), d => d.Code == "MP2022");
        Assert.Equal("“白石嘴子金矿勘查区块” (KC01) is written 2 ways in this plan: “白石嘴子金矿勘查区块” (KC01) ×1; “白石嘴子金矿勘查区块” (KC02) ×1; use one name throughout (the exact title or id)",
            finding.Message(Language.En));
        Assert.Equal("written “白石嘴子金矿勘查区块” (KC02)", Assert.Single(finding.Related).MessageEn);
    }

    [Fact]
    public void Spellings_used_equally_often_in_two_files_lead_with_the_file_that_comes_first()
    {
        // The later file is given first and its spelling sits earlier in its file: only the file order decides.
        var later = PlanParser.Parse(Text("依照《矿产资源规划编制实施办法（试行）》。"), "b.mplan");
        var earlier = PlanParser.Parse(Compile.Header + "\n\n\n" + Text("落实《矿产资源规划编制实施办法》。"), "a.mplan");
        var compilation = PlanLoader.Compile("test", [later, earlier], new DiagnosticBag(), null);
        var finding = Assert.Single(PlanChecker.Check(compilation), d => d.Code == "MP2022");
        Assert.Equal("a.mplan", finding.Span.File);
        Assert.Equal("b.mplan", Assert.Single(finding.Related).Span.File);
    }
}
