using MineralPlan.Syntax.Parsing;

namespace MineralPlan.Tests.Syntax;

/// <summary>
/// NestingGuard: the offset of the first bracket deeper than the limit, with brackets inside strings and comments not
/// counted — at the limit quiet, one deeper found.
/// </summary>
public sealed class NestingGuardTests
{
    [Theory]
    [InlineData("{[{}]}", 3, null)]          // exactly at the limit
    [InlineData("{[{}]}", 2, 2)]             // the third bracket is one too deep
    [InlineData("{}{}{}{}", 1, null)]        // closing brings the depth back
    [InlineData("}}}{{", 1, 4)]             // closing more than opened does not go below zero
    [InlineData("a\"{{{\"{", 1, null)]       // brackets in a string are text
    [InlineData("\"a\\\"{{\"{{", 1, 8)]      // an escaped quote does not end the string
    [InlineData("\"{{\n{{", 1, 5)]           // a string ends at the end of its line
    [InlineData("// {{{\n{", 1, null)]       // a line comment
    [InlineData("// {{{\n{{", 1, 8)]
    [InlineData("/* {{ */{", 1, null)]       // a block comment
    [InlineData("/* {{ */{{", 1, 9)]
    [InlineData("/* {{ {{", 1, null)]        // an unclosed comment runs to the end
    [InlineData("a / b {{", 1, 7)]           // a lone slash is text
    [InlineData("{{/", 1, 1)]
    [InlineData("plain text", 0, null)]
    public void The_first_bracket_beyond_the_limit_is_found(string text, int limit, int? expected) =>
        Assert.Equal(expected, NestingGuard.FindTooDeep(text, limit));
}
