using Antlr4.Runtime;
using MineralPlan.Syntax.Generated;

namespace MineralPlan.Syntax.Parsing;

/// <summary>What an editor needs to know of a token without a parse: comments, strings and braces.</summary>
public enum LexicalKind
{
    Comment,
    Text,
    OpenBrace,
    CloseBrace,
    Other,
}

/// <summary>One token of plan text: its kind and where it stands (UTF-16 offsets, end exclusive).</summary>
public readonly record struct LexicalToken(LexicalKind Kind, int Start, int End);

/// <summary>
/// The language's own lexer over any text, half-typed or not (it never fails: an unknown character is a token of its
/// own), so hosts that need comments, strings or braces read them as the compiler does rather than re-scanning.
/// </summary>
public static class LexicalTokens
{
    public static IReadOnlyList<LexicalToken> Of(string text) => [.. Enumerate(text)];

    /// <summary>The tokens one at a time, for a reader that stops early (the plan header at the top of a large file).</summary>
    public static IEnumerable<LexicalToken> Enumerate(string text)
    {
        var lexer = new MinePlanLexer(new FoldedCharStream(text));
        lexer.RemoveErrorListeners();
        for (var token = lexer.NextToken(); token.Type != TokenConstants.EOF; token = lexer.NextToken())
        {
            var kind = token.Type switch
            {
                MinePlanLexer.LINE_COMMENT or MinePlanLexer.BLOCK_COMMENT => LexicalKind.Comment,
                MinePlanLexer.STRING => LexicalKind.Text,
                MinePlanLexer.LBRACE => LexicalKind.OpenBrace,
                MinePlanLexer.RBRACE => LexicalKind.CloseBrace,
                _ => LexicalKind.Other,
            };
            yield return new LexicalToken(kind, token.StartIndex, token.StopIndex + 1);
        }
    }
}
