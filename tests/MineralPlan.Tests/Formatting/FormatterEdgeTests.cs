using MineralPlan.Syntax.Formatting;

namespace MineralPlan.Tests.Formatting;

/// <summary>
/// fmt's output where comments, blank lines and odd members meet: each input's exact formatted text, and formatting
/// that text again changes nothing.
/// </summary>
public sealed class FormatterEdgeTests
{
    private static string Fmt(string text)
    {
        var result = PlanFormatter.Format(text, "f.mplan");
        Assert.Empty(result.Diagnostics);
        Assert.Equal(result.Text, PlanFormatter.Format(result.Text!, "f.mplan").Text);
        return result.Text!;
    }

    [Theory]
    // A comment opening the file gets no blank line before it; the author's blank line after it is kept.
    [InlineData("// 头注\n\n规划 t { 标题: \"x\" }\n", "// 头注\n\n规划 t {\n    标题: \"x\"\n}\n")]
    // A comment on a property's line stays on that line.
    [InlineData("规划 t { 标题: \"x\" // 暂定\n}\n", "规划 t {\n    标题: \"x\" // 暂定\n}\n")]
    // A block comment of two lines directly above a property: no blank line invented between them.
    [InlineData("规划 t {\n    /* 一\n    二 */\n    标题: \"x\"\n}\n", "规划 t {\n    /* 一\n    二 */\n    标题: \"x\"\n}\n")]
    // … and the author's blank line after it kept.
    [InlineData("规划 t {\n    /* 一\n    二 */\n\n    标题: \"x\"\n}\n", "规划 t {\n    /* 一\n    二 */\n\n    标题: \"x\"\n}\n")]
    // A block with only a comment is not empty; the comment stays on the line of the brace it followed.
    [InlineData("区块 B { // 待定\n}\n", "区块 B { // 待定\n}\n")]
    [InlineData("区块 B {\n// 待定\n}\n", "区块 B {\n    // 待定\n}\n")]
    // A comment after the closing brace of a nested block, before the outer one closes.
    [InlineData("章 \"一\" { 节 \"二\" { 段: \"a\" }\n// 尾注\n}\n", "章 \"一\" {\n    节 \"二\" {\n        段: \"a\"\n    }\n    // 尾注\n}\n")]
    // A stray ';' disappears, its comment stays.
    [InlineData("规划 t { ; // 空\n标题: \"x\" }\n", "规划 t { // 空\n    标题: \"x\"\n}\n")]
    [InlineData("规划 t {\n;\n// 空\n标题: \"x\" }\n", "规划 t {\n    // 空\n    标题: \"x\"\n}\n")]
    // The full-width percent sign is written as %; units keep their slash.
    [InlineData("指标 r { 值: 26.9 ％ }\n", "指标 r {\n    值: 26.9 %\n}\n")]
    [InlineData("指标 r { 值: 20 万吨/年 }\n", "指标 r {\n    值: 20 万吨/年\n}\n")]
    // A comment before a stray ';' stays too.
    [InlineData("规划 t {\n// 前\n;\n标题: \"x\" }\n", "规划 t {\n    // 前\n    标题: \"x\"\n}\n")]
    // A number list's trailing separator goes, with the space after it; a strict comparator keeps its space.
    [InlineData("指标 r { 值: [1, 2, ] }\n", "指标 r {\n    值: [1, 2]\n}\n")]
    [InlineData("指标 r { 值: <5 个 }\n", "指标 r {\n    值: < 5 个\n}\n")]
    // Comments only.
    [InlineData("// 一\n\n\n// 二\n", "// 一\n\n// 二\n")]
    [InlineData("", "")]
    public void Comments_blank_lines_and_odd_members_format_as_written(string input, string expected) =>
        Assert.Equal(expected, Fmt(input));

    [Fact]
    public void The_comments_fmt_must_keep_are_listed_in_order_without_trailing_spaces() =>
        Assert.Equal(["// 一", "/* 二\n三 */", "// 四"], PlanFormatter.CommentsOf("// 一   \n规划 t { /* 二\n三 */ 标题: \"// 不是注释\" } // 四\n"));

    [Fact]
    public void A_file_nested_too_deep_is_refused_with_MP0005_where_it_gets_too_deep()
    {
        var text = "规划 t { 值: " + new string('[', 70) + new string(']', 70) + " }\n";
        var result = PlanFormatter.Format(text, "f.mplan");
        Assert.Null(result.Text);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("MP0005", 1), (d.Code, d.Span.Length));
        Assert.Equal(text.IndexOf('[', StringComparison.Ordinal) + 63 + 1, d.Span.Column);   // the 65th bracket: the block is the first
    }
}
