using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Syntax;
using MineralPlan.Syntax.Parsing;

namespace MineralPlan.Tests.Syntax;

/// <summary>
/// What a syntax error says and where: ANTLR's token names spelled as the language reference spells them, the plan's own
/// quoted text left alone, one finding per error (no number-out-of-range for a number the recovery made up).
/// </summary>
public sealed class SyntaxErrorTests
{
    private static IReadOnlyList<string> Errors(string text) =>
        [.. PlanParser.Parse(text, "x.mplan").Diagnostics.Select(d => $"{d.Code}@{d.Span.Column}+{d.Span.Length} {d.Message(Language.En)}")];

    [Theory]
    [InlineData("mismatched input '}' expecting {'[', LE, GE, '<', '>', '==', '~', NUMBER, NUMBER_LIST, STRING, IDENT}",
        "mismatched input '}' expecting {'[', '<=', '>=', '<', '>', '==', '~', number, list of numbers, \"text\", name}")]
    [InlineData("extraneous input '<EOF>' expecting {SEMI, COLON, COMMA, RANGE, SLASH, PERCENT, ABOUT, ERROR_CHAR, LT, GT, EQ}",
        "extraneous input 'end of file' expecting {';', ':', ',', '..', '/', '%', '~', character, '<', '>', '=='}")]
    [InlineData("missing NUMBER at <EOF>", "missing number at end of file")]
    [InlineData("extraneous input 'IDENT LE' expecting IDENT", "extraneous input 'IDENT LE' expecting name")]   // the plan's own text stays
    [InlineData("no viable alternative at input 'ABC'", "no viable alternative at input 'ABC'")]
    public void Token_names_are_spelled_as_the_reference_spells_them(string antlr, string shown) =>
        Assert.Equal(shown, SyntaxErrorCollector.Humanize(antlr));

    [Fact]
    public void A_value_missing_after_a_key_names_what_may_follow()
    {
        var error = Assert.Single(Errors("规划 t { 标题: }"));
        Assert.StartsWith("MP0001@12+1 syntax error: mismatched input '}' expecting {'[', '<=', '>=', '<', '>', '==', '~', number, list of numbers, \"text\", name}", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("规划 t { 值: 1 .. }", "MP0001@16+1")]
    [InlineData("规划 t { 值: ~ }", "MP0001@13+1")]
    [InlineData("规划 t { 值: >= }", "MP0001@14+1")]
    public void A_missing_number_is_one_error_where_it_is_missing(string text, string at)
    {
        var error = Assert.Single(Errors(text));
        Assert.StartsWith(at + " syntax error: missing number at '}'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_error_at_the_end_of_the_file_is_an_empty_span_there()
    {
        var error = Assert.Single(Errors("规划 t"));
        Assert.StartsWith("MP0001@5+0 syntax error: extraneous input 'end of file' expecting", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unterminated_text_and_a_stray_character_are_named_for_what_they_are()
    {
        var errors = Errors("规划 t { 标题: \"甲 }\n 值: 1 ＠ }\n");
        Assert.Contains(errors, e => e.StartsWith("MP0008@12+1 ", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("MP0002@", StringComparison.Ordinal) && e.Contains("'＠'", StringComparison.Ordinal));
        // Each stray character is named once, as what it is, not again as a syntax error.
        Assert.Equal(["MP0008", "MP0002"], errors.Select(e => e[..6]).Where(c => c != "MP0001"));
        Assert.Equal(2, errors.Count(e => !e.StartsWith("MP0001", StringComparison.Ordinal)));
        Assert.DoesNotContain(errors, e => e.StartsWith("MP0001", StringComparison.Ordinal) && e.Contains("＠", StringComparison.Ordinal));
    }
}
