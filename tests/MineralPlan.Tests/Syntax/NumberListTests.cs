using MineralPlan.Syntax;
using MineralPlan.Syntax.Formatting;
using MineralPlan.Syntax.Tree;

namespace MineralPlan.Tests.Syntax;

/// <summary>
/// A flat list of numbers is lexed as one token (the speed of boundary-heavy plans depends on it); it must
/// read exactly like the same list read token by token: same numbers, same texts, a span for each number.
/// </summary>
public sealed class NumberListTests
{
    private static ListSyntax List(string value, out string text)
    {
        text = "x: " + value + "\n";
        var result = PlanParser.Parse(text, "t.mplan");
        Assert.Empty(result.Diagnostics);
        var property = Assert.IsType<PropertySyntax>(Assert.Single(result.Document.Members));
        return Assert.IsType<ListSyntax>(property.Value);
    }

    [Theory]
    [InlineData("[1, -2.5, 3e2]")]
    [InlineData("[ 1 ,\n  -2.5，3e2、]")]
    [InlineData("[1,-2.5,3e2,]")]
    public void Every_number_of_a_flat_list_keeps_its_value_text_and_span(string value)
    {
        var list = List(value, out var text);
        var numbers = list.Elements.Select(e => Assert.IsType<QuantitySyntax>(e.Value)).ToList();
        Assert.Equal([1m, -2.5m, 300m], numbers.Select(n => n.Number));
        Assert.Equal(["1", "-2.5", "3e2"], numbers.Select(n => n.NumberText));
        foreach (var n in numbers)
        {
            Assert.Equal(n.NumberText, text.Substring(n.Span.Offset, n.Span.Length));
            Assert.Null(n.Unit);
        }

        Assert.Equal(value, text.Substring(list.Span.Offset, list.Span.Length));
    }

    [Fact]
    public void A_number_on_a_later_line_of_a_list_reports_that_line_and_column()
    {
        var list = List("[1,\n    22]", out _);
        var second = list.Elements[1].Value.Span;
        Assert.Equal((2, 5, 2, 7), (second.Line, second.Column, second.EndLine, second.EndColumn));
    }

    [Theory]
    [InlineData("[1 万吨, 2 万吨]", 2)]
    [InlineData("[1, /* kept */ 2]", 2)]
    [InlineData("[[1, 2], [3, 4, 5]]", 2)]
    [InlineData("[a = 1, b = 2]", 2)]
    [InlineData("[2021..2025]", 1)]
    [InlineData("[]", 0)]
    public void Other_lists_are_read_element_by_element_as_before(string value, int count)
    {
        Assert.Equal(count, List(value, out _).Elements.Length);
    }

    [Fact]
    public void Nested_rings_hold_flat_number_lists()
    {
        var rings = List("[[1, 2, 3], [4, 5, 6]]", out _).Elements.Select(e => Assert.IsType<ListSyntax>(e.Value)).ToList();
        Assert.Equal([3, 3], rings.Select(r => r.Elements.Length));
        Assert.Equal(5m, Assert.IsType<QuantitySyntax>(rings[1].Elements[1].Value).Number);
    }

    [Fact]
    public void A_broken_number_list_is_a_syntax_error_at_the_bad_character()
    {
        var result = PlanParser.Parse("x: [1, 2,, 3]\n", "t.mplan");
        var error = Assert.Single(result.Diagnostics, d => d.Code == "MP0001");
        Assert.Equal(10, error.Span.Column); // the second comma
    }

    [Fact]
    public void Formatting_writes_a_number_list_in_the_canonical_layout()
    {
        var formatted = PlanFormatter.Format("x: [ 1 ,2，  -3.5、]\n", "t.mplan");
        Assert.Equal("x: [1, 2, -3.5]\n", formatted.Text);
    }
}
