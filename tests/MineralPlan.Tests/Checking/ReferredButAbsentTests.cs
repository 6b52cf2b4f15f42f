using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.Checking;

/// <summary>MP2018: the text refers to a 专栏, 附表 or 附图 by a number the document does not have.</summary>
public sealed class ReferredButAbsentTests
{
    private static string Plan(string paragraph) => $$"""
        表格 zl1 "主要指标" {
            类型: 专栏
            来源: 指标
        }

        表格 fb1 "矿山名录" {
            类型: 附表
            列: ["名称"]
            行: ["甲矿"]
        }

        章 "规划目标" {
            段: "{{paragraph}}"
            插入: zl1
            插入: fb1
        }
        """;

    [Fact]
    public void A_box_or_appendix_table_beyond_the_documents_is_reported_where_the_text_names_it()
    {
        var findings = Compile.Diagnostics(Plan("主要指标见专栏一，矿山见附表1，布局见专栏三和附表2、附图1。")).Where(d => d.Code == "MP2018").ToList();

        Assert.Equal(["专栏三", "附表2", "附图1"], findings.Select(f => f.Args[0]?.ToString()));
        Assert.Equal("文中提及专栏三，但文本中只有 1 个专栏；请插入该专栏或更正提法", findings[0].Message(MineralPlan.Abstractions.Diagnostics.Language.Zh));
        Assert.Equal(3, findings[0].Span.Length);
    }

    [Theory]
    [InlineData("主要指标见专栏一。")]
    [InlineData("矿山名录见附表1。")]
    [InlineData("共设十个专栏，附表另行印发。")]   // a count of boxes and an unnumbered 附表 name none
    public void Numbers_the_document_has_and_unnumbered_mentions_are_quiet(string paragraph) =>
        Assert.DoesNotContain("MP2018", Compile.Codes(Compile.Diagnostics(Plan(paragraph))));

    [Fact]
    public void A_two_digit_number_is_read_whole() =>
        Assert.Equal(["附表10"], Compile.Diagnostics(Plan("见附表10。")).Where(d => d.Code == "MP2018").Select(d => d.Args[0]?.ToString()));

    // Twelve 专栏 in the document: a numeral up to 十二 names one of them, 十三 and above do not.
    [Theory]
    [InlineData("见专栏九、专栏十、专栏十二。", "")]
    [InlineData("见专栏十三。", "专栏十三")]            // 十 first: ten and three
    [InlineData("见专栏二十。", "专栏二十")]            // 十 last: twenty, no ones
    [InlineData("见专栏二十三。", "专栏二十三")]
    [InlineData("见专栏十一、专栏十三、专栏二十一。", "专栏十三 专栏二十一")]
    public void Chinese_numerals_of_boxes_are_read_as_the_document_numbers_them(string paragraph, string expected)
    {
        var tables = string.Concat(Enumerable.Range(1, 12).Select(i => $"表格 zl{i} \"专栏{i}\" {{ 类型: 专栏 来源: 指标 }}\n"));
        var inserts = string.Concat(Enumerable.Range(1, 12).Select(i => $"    插入: zl{i}\n"));
        var findings = Compile.Diagnostics(tables + $"章 \"规划目标\" {{\n    段: \"{paragraph}\"\n{inserts}}}\n");
        Assert.Equal(expected, string.Join(" ", findings.Where(d => d.Code == "MP2018").Select(d => d.Args[0])));
        Assert.DoesNotContain(findings, d => d.Code == "MP9001");
    }

    [Fact]
    public void Figures_are_counted_apart_from_tables()
    {
        var findings = Compile.Diagnostics("""
            附图 fig1 "总体布局图" { }

            章 "规划布局" {
                段: "布局见附图1，勘查见附图2，指标见专栏一。"
                插入: fig1
            }
            """).Where(d => d.Code == "MP2018").ToList();
        Assert.Equal("附图2 专栏一", string.Join(" ", findings.Select(d => d.Args[0])));   // a figure is no 专栏
        Assert.Equal("the text refers to 附图2, but the document has 1 附图; insert it (插入) or correct the reference", findings[0].Message(MineralPlan.Abstractions.Diagnostics.Language.En));
    }
}
