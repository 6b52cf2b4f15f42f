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
}
