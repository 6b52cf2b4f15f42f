using MineralPlan.Rendering.ViewModel;
using MineralPlan.Semantics.Model;
using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.Semantics;

/// <summary>Header values ({基期}, {规划期}, {展望}, {行政区} …) in text, so prose states the years through the header.</summary>
public sealed class HeaderInterpolationTests
{
    private const string Header = "规划 t { 标题: \"测试县矿产资源规划\" 级别: 县级 行政区: \"测试县\" 基期: 2020 规划期: 2021..2025 展望: 2035 }\n";

    private static string Filled(string text)
    {
        var compilation = Compile.Text(Header + $"章 \"总则\" {{ 段: \"{text}\" }}\n");
        Assert.Empty(compilation.Diagnostics);
        var paragraph = (Paragraph)compilation.Plan!.Document[0].Content[0];
        return DocumentViewBuilder.Fill(compilation.Plan, paragraph.Text);
    }

    [Theory]
    [InlineData("以{基期}年为基准年", "以2020年为基准年")]
    [InlineData("{规划期.起}年至{规划期.止}年为规划期", "2021年至2025年为规划期")]
    [InlineData("规划期{规划期}年，展望到{展望}年", "规划期2021-2025年，展望到2035年")]
    [InlineData("base {base_year}, to {period.to}, {outlook}", "base 2020, to 2025, 2035")]
    [InlineData("{行政区}：《{标题}》", "测试县：《测试县矿产资源规划》")]
    public void Header_values_fill_holes_in_either_language(string text, string expected) => Assert.Equal(expected, Filled(text));

    [Theory]
    [InlineData("{规划期.中}")]
    [InlineData("{基期.起}")]
    [InlineData("{发布机关}")]
    public void A_header_field_that_does_not_exist_or_is_not_set_is_an_unresolved_reference(string text)
    {
        var diagnostics = Compile.Text(Header + $"章 \"总则\" {{ 段: \"{text}\" }}\n").Diagnostics;
        Assert.Contains(diagnostics, d => d.Code == "MP1005");
    }

    [Fact]
    public void An_item_with_the_same_id_wins_over_the_header()
    {
        var compilation = Compile.Text(Header + "现状 基期 \"基期矿山数\" { 值: 26 个 }\n章 \"总则\" { 段: \"{基期}\" }\n");
        var paragraph = (Paragraph)compilation.Plan!.Document[0].Content[0];
        Assert.Equal("26个", DocumentViewBuilder.Fill(compilation.Plan, paragraph.Text));
    }
}
