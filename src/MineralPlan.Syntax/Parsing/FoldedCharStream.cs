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
internal sealed class FoldedCharStream : AntlrInputStream
{
    // Folded once: the lexer reads most characters more than once (lookahead, then the token), and asking
    // char.IsLetter on every read was a measurable part of lexing.
    private readonly char[] _folded;

    public FoldedCharStream(string text)
        : base(text)
    {
        _folded = text.ToCharArray();
        for (var i = 0; i < _folded.Length; i++)
        {
            if (_folded[i] > 127 && char.IsLetter(_folded[i]))
            {
                _folded[i] = 'a';
            }
        }
    }

    protected override int ValueAt(int i) => _folded[i];
}
