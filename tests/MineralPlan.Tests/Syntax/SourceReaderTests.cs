using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Syntax;
using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.Syntax;

/// <summary>
/// Bytes to plan text (SourceReader) and the control characters the parser refuses (MP0010): what is reported, where,
/// and what text the parser is left with.
/// </summary>
public sealed class SourceReaderTests
{
    private const string Plan = "规划 t { 标题: \"测试\" 级别: 县级 }\n";

    [Fact]
    public void A_nul_byte_after_a_bom_is_still_binary()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF, 0x41, 0x00, 0x42 };
        var (text, diagnostics) = SourceReader.Decode(bytes, "x.mplan");
        Assert.Null(text);
        Assert.Equal("the file contains NUL bytes and is not plan text; pass a folder of .mplan files", Assert.Single(diagnostics).Message(Language.En));
    }

    [Fact]
    public void A_bom_alone_is_an_empty_plan_and_a_bom_is_not_part_of_the_text()
    {
        Assert.Equal(string.Empty, SourceReader.Decode([0xEF, 0xBB, 0xBF], "x.mplan").Text);
        Assert.Equal("规划", SourceReader.Decode([0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes("规划")], "x.mplan").Text);
        Assert.Equal("\uFEFF规划", SourceReader.Decode([0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes("规划")], "x.mplan").Text);   // only one is a mark
    }

    [Fact]
    public void Bytes_neither_utf8_nor_gb18030_are_unreadable_with_the_reason()
    {
        var (text, diagnostics) = SourceReader.Decode([0x41, 0xFF, 0xFF, 0x42], "x.mplan");
        Assert.Null(text);
        var d = Assert.Single(diagnostics);
        Assert.Equal("MP0003", d.Code);
        Assert.StartsWith("cannot read 'x.mplan': neither UTF-8 nor GB18030 (", d.Message(Language.En), StringComparison.Ordinal);
        Assert.EndsWith(")", d.Message(Language.En), StringComparison.Ordinal);
    }

    [Fact]
    public void A_nul_in_the_first_byte_is_binary_and_a_control_in_the_first_character_is_reported_at_1_1()
    {
        Assert.Equal("MP0006", Assert.Single(SourceReader.Decode([0x00, 0x41], "x.mplan").Diagnostics).Code);
        var control = Assert.Single(PlanParser.Parse("\u0001" + Plan, "c.mplan").Diagnostics);
        Assert.Equal(("MP0010", 1, 1), (control.Code, control.Span.Line, control.Span.Column));
    }

    [Fact]
    public void Text_nested_too_deep_is_refused_at_the_first_bracket_beyond_the_limit_and_gives_no_tree()
    {
        var text = "规划 t { 标题: " + new string('[', PlanParser.MaxNesting + 5);
        var result = PlanParser.Parse(text, "deep.mplan");
        var finding = Assert.Single(result.Diagnostics);
        Assert.Equal("MP0005", finding.Code);
        // The header's brace is the first level, so the 64th '[' is one too many.
        Assert.Equal((text.IndexOf('[', StringComparison.Ordinal) + PlanParser.MaxNesting - 1, 1), (finding.Span.Offset, finding.Span.Length));
        Assert.Empty(result.Document.Members);
    }

    [Fact]
    public void A_missing_file_or_a_folder_is_refused_before_reading()
    {
        using var temp = new TempFolder();
        var (text, diagnostics) = SourceReader.ReadFile(Path.Combine(temp.Path, "none.mplan"), "plans/none.mplan");
        Assert.Null(text);
        Assert.Equal("'plans/none.mplan' does not exist; plan text must be in regular .mplan files", Assert.Single(diagnostics).Message(Language.En));
        Assert.Equal("“plans/x”是文件夹，不是文件；规划文本必须保存在普通 .mplan 文件中", Assert.Single(SourceReader.ReadFile(temp.Path, "plans/x").Diagnostics).Message(Language.Zh));
        Assert.Equal(Plan, SourceReader.ReadFile(temp.Write("a.mplan", Plan), "a.mplan").Text);
    }

    [Fact]
    public void Each_control_character_is_reported_where_it_stands_and_read_as_one_space()
    {
        var result = PlanParser.Parse("规划 t { 标题: \"测\u0001试\" 级别:\u001F县级 }\n\t\r\n", "c.mplan");
        var found = result.Diagnostics.Where(d => d.Code == "MP0010").ToList();
        Assert.Equal(["0001", "001F"], found.Select(d => d.Args[0]?.ToString()));
        Assert.Equal((1, 14, 1), (found[0].Span.Line, found[0].Span.Column, found[0].Span.Length));
        Assert.Equal(21, found[1].Span.Column);
        Assert.Equal(2, result.Diagnostics.Length);   // read as spaces: no syntax error follows, tab and line ends are not controls
        var header = Assert.IsType<MineralPlan.Syntax.Tree.BlockSyntax>(Assert.Single(result.Document.Members));
        var title = header.Members.OfType<MineralPlan.Syntax.Tree.PropertySyntax>().First().Value;
        Assert.Equal("测 试", Assert.IsType<MineralPlan.Syntax.Tree.TextSyntax>(title).Value);
    }

    [Fact]
    public void More_than_twenty_control_characters_are_summarised_by_the_first_twenty() =>
        Assert.Equal(20, PlanParser.Parse(Plan + "//" + new string('\u0002', 25) + "\n", "c.mplan").Diagnostics.Count(d => d.Code == "MP0010"));
}
