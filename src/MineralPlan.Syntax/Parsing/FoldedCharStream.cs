using Antlr4.Runtime;

namespace MineralPlan.Syntax.Parsing;

/// <summary>
/// The lexer sees every non-ASCII letter as 'a'; token texts still come from the original characters.
/// Why: ANTLR's lexer caches DFA transitions only for characters 0-127, so plan text — mostly Chinese
/// letters — went through full ATN simulation on every character. No token rule tells one letter from
/// another (identifiers and strings accept any letter; every non-ASCII character a rule names —
/// ：；，、～／≤≥≈％, the ideographic space — is punctuation, not a letter), so folding letters
/// changes no token boundary.
/// </summary>
internal sealed class FoldedCharStream(string text) : AntlrInputStream(text)
{
    protected override int ValueAt(int i)
    {
        var c = base.ValueAt(i);
        return c > 127 && c <= char.MaxValue && char.IsLetter((char)c) ? 'a' : c;
    }
}
