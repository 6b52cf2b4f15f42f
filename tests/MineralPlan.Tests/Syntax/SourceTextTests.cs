using MineralPlan.Syntax;

namespace MineralPlan.Tests.Syntax;

/// <summary>SourceText's line map: every offset's line and column against a count done by hand, in any order, and line texts.</summary>
public sealed class SourceTextTests
{
    private const string Text = "第一行\n\n第三行 abc\r\n末行";

    private static (int Line, int Column) Counted(string text, int offset)
    {
        var before = text[..offset];
        var line = before.Count(c => c == '\n') + 1;
        return (line, offset - (before.LastIndexOf('\n') + 1) + 1);
    }

    [Theory]
    [InlineData(Text)]
    [InlineData("\n\nabc\n")]
    [InlineData("")]
    [InlineData("one line")]
    public void Every_offset_has_the_line_and_column_a_count_gives_in_any_order(string text)
    {
        var source = new SourceText("t.mplan", text);
        var offsets = Enumerable.Range(0, text.Length + 1).ToList();
        foreach (var offset in offsets.Concat(Enumerable.Reverse(offsets)).Concat(offsets.Where(o => o % 2 == 0)).Concat(offsets.Where(o => o % 3 == 1).Reverse()))
        {
            Assert.Equal(Counted(text, offset), source.Position(offset));
        }

        Assert.Equal(text.Count(c => c == '\n') + 1, source.LineCount);
    }

    [Fact]
    public void Offsets_outside_the_text_are_held_to_its_ends()
    {
        var source = new SourceText("t.mplan", Text);
        Assert.Equal((1, 1), source.Position(-5));
        Assert.Equal(Counted(Text, Text.Length), source.Position(Text.Length + 10));
        var span = source.Span(5, 2);   // an end before the start is an empty span at the start
        Assert.Equal((5, 0), (span.Offset, span.Length));
    }

    [Theory]
    [InlineData(0, "")]
    [InlineData(1, "第一行")]
    [InlineData(2, "")]
    [InlineData(3, "第三行 abc")]   // without its \r\n
    [InlineData(4, "末行")]
    [InlineData(5, "")]
    public void A_line_is_its_text_without_the_line_break(int line, string expected) =>
        Assert.Equal(expected, new SourceText("t.mplan", Text).LineText(line));

    [Theory]
    [InlineData(-1, 0)]
    [InlineData(0, 0)]
    [InlineData(1, 0)]
    [InlineData(2, 4)]
    [InlineData(3, 5)]
    [InlineData(4, 14)]
    [InlineData(5, 16)]   // past the last line: the end of the text
    public void A_line_starts_where_the_previous_one_ended(int line, int offset) =>
        Assert.Equal(offset, new SourceText("t.mplan", Text).LineStart(line));
}
