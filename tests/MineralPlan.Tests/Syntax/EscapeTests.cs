using MineralPlan.Syntax;
using MineralPlan.Syntax.Tree;

namespace MineralPlan.Tests.Syntax;

/// <summary>
/// Escapes in quoted text, read alike by the direct reader and the ANTLR path: \n and \t are the characters, \{ and \}
/// stay escaped for interpolation, \\ and \" are the character itself; the raw text keeps what was written.
/// </summary>
public sealed class EscapeTests
{
    private static TextSyntax Title(string quoted, bool direct)
    {
        var result = PlanParser.Parse(new SourceText("e.mplan", "规划 t { 标题: " + quoted + " 级别: 县级 }\n"), direct);
        Assert.Empty(result.Diagnostics);
        var header = Assert.IsType<BlockSyntax>(Assert.Single(result.Document.Members));
        return Assert.IsType<TextSyntax>(header.Members.OfType<PropertySyntax>().First().Value);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Escapes_are_read_to_their_characters(bool direct)
    {
        var text = Title("\"甲\\n乙\\t丙\\{x\\}\\\\反\\\"引尾\"", direct);
        Assert.Equal("甲\n乙\t丙\\{x\\}\\反\"引尾", text.Value);
        Assert.Equal("甲\\n乙\\t丙\\{x\\}\\\\反\\\"引尾", text.Raw);
        Assert.Equal("规划 t { 标题: \"".Length, text.ContentStart);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Text_without_escapes_and_empty_text_are_as_written(bool direct)
    {
        Assert.Equal(("测试县规划", "测试县规划"), (Title("\"测试县规划\"", direct).Value, Title("\"测试县规划\"", direct).Raw));
        Assert.Equal((string.Empty, string.Empty), (Title("\"\"", direct).Value, Title("\"\"", direct).Raw));
    }
}
