using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Semantics.Binding;
using MineralPlan.Semantics.Model;
using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.Semantics;

/// <summary>How a paragraph splits into literal text and <c>{…}</c> holes: escapes, holes, and braces that open none.</summary>
public sealed class TextInterpolationTests
{
    private static (InterpolatedText Text, IReadOnlyList<Diagnostic> Diagnostics) Paragraph(string quoted)
    {
        var compilation = Compile.Text(Compile.Header + "指标 a { 值: 3 个 }\n章 \"一\" { 段: " + quoted + " }");
        var paragraph = Assert.IsType<Paragraph>(Assert.Single(compilation.Plan!.Document[0].Content));
        return (paragraph.Text, [.. compilation.Diagnostics]);
    }

    private static string Pieces(InterpolatedText text) => string.Join("|", text.Pieces.Select(p => p switch
    {
        TextLiteral l => "L:" + l.Text,
        TextHole h => "H:" + string.Join(".", h.Reference.Parts),
        _ => "?",
    }));

    [Theory]
    [InlineData("\"共{a}个\"", "L:共|H:a|L:个")]
    [InlineData("\"{a}\"", "H:a")]
    [InlineData("\"{a}{a.value}\"", "H:a|H:a.value")]
    [InlineData("\"{ a . value }\"", "H:a.value")]
    [InlineData("\"甲\\n乙\\t丙\"", "L:甲\n乙\t丙")]
    [InlineData("\"\\{a}\"", "L:{a}")]
    [InlineData("\"a\\\\\"", "L:a\\")]
    [InlineData("\"\\\"引\\\"\"", "L:\"引\"")]
    public void A_paragraph_splits_into_literals_and_holes(string quoted, string pieces)
    {
        var (text, diagnostics) = Paragraph(quoted);
        Assert.Empty(diagnostics);
        Assert.Equal(pieces, Pieces(text));
    }

    [Theory]
    [InlineData("\"共{a\"", 3, 14, "L:共{a")]
    [InlineData("\"共{ }个\"", 3, 14, "L:共{ }个")]
    [InlineData("\"{a{a}\"", 3, 13, "L:{a|H:a")]
    public void A_brace_that_opens_no_hole_is_MP1013_and_stays_as_text(string quoted, int line, int column, string pieces)
    {
        var (text, diagnostics) = Paragraph(quoted);
        var finding = Assert.Single(diagnostics, d => d.Code == "MP1013");
        Assert.Equal((line, column, 1), (finding.Span.Line, finding.Span.Column, finding.Span.Length));
        Assert.Equal(pieces, Pieces(text));
    }

    [Fact]
    public void A_hole_s_span_runs_from_its_opening_to_its_closing_brace()
    {
        var (text, _) = Paragraph("\"共{a.value}个\"");
        var hole = Assert.IsType<TextHole>(text.Pieces[1]);
        Assert.Equal((3, 14, 3, 23), (hole.Reference.Span.Line, hole.Reference.Span.Column, hole.Reference.Span.EndLine, hole.Reference.Span.EndColumn));
    }

    [Theory]
    [InlineData("共{a}个", "1-3")]
    [InlineData("{a}{b}", "0-2 3-5")]
    [InlineData("\\{a}{b}", "4-6")]
    [InlineData("{ }{b}", "3-5")]
    [InlineData("{a{b}", "2-4")]
    [InlineData("{a", "")]
    [InlineData("\\\\{a}", "2-4")]
    [InlineData("a\\", "")]
    public void The_holes_of_a_raw_string_are_found_by_the_binder_s_rule(string raw, string holes)
    {
        Assert.Equal(holes, string.Join(" ", InterpolationHoles.In(raw).Select(h => $"{h.Open}-{h.Close}")));
    }

    [Theory]
    [InlineData("{a}", 0, 2)]
    [InlineData("x{ab}", 1, 4)]
    [InlineData("{}", 0, -1)]
    [InlineData("{  }", 0, -1)]
    [InlineData("{a{b}", 0, -1)]
    [InlineData("{a", 0, -1)]
    public void A_hole_closes_at_the_next_brace_unless_empty_or_nested(string raw, int open, int close)
    {
        Assert.Equal(close, InterpolationHoles.CloseOf(raw, open));
    }
}
