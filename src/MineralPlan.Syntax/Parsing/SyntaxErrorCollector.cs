using Antlr4.Runtime;
using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Syntax.Generated;

namespace MineralPlan.Syntax.Parsing;

/// <summary>Replaces ANTLR's console listener: every syntax error becomes a diagnostic, parsing recovers.</summary>
internal sealed partial class SyntaxErrorCollector(SourceText source, DiagnosticBag diagnostics) : IAntlrErrorListener<IToken>
{
    public void SyntaxError(TextWriter output, IRecognizer recognizer, IToken offendingSymbol, int line, int charPositionInLine,
        string msg, RecognitionException e)
    {
        var start = offendingSymbol.StartIndex >= 0 ? offendingSymbol.StartIndex : source.Text.Length;
        var end = offendingSymbol.Type == TokenConstants.EOF ? start : offendingSymbol.StopIndex + 1;
        var span = source.Span(start, end);
        if (offendingSymbol.Type == MinePlanLexer.ERROR_CHAR)
        {
            diagnostics.Add(
                offendingSymbol.Text == "\"" ? SyntaxDiagnostics.UnterminatedText : SyntaxDiagnostics.UnexpectedCharacter,
                span, offendingSymbol.Text);
            return;
        }

        diagnostics.Add(SyntaxDiagnostics.SyntaxError, span, Humanize(msg));
    }

    // ANTLR's messages name token types by their grammar names (IDENT, LE, NUMBER_LIST …); spell them as the language
    // reference does. Quoted input ('…') is the plan's own text and is left as written, whatever it spells.
    private static readonly Dictionary<string, string> TokenWords = new(StringComparer.Ordinal)
    {
        ["IDENT"] = "name", ["SEMI"] = "';'", ["COLON"] = "':'", ["COMMA"] = "','", ["RANGE"] = "'..'", ["SLASH"] = "'/'",
        ["PERCENT"] = "'%'", ["ABOUT"] = "'~'", ["STRING"] = "\"text\"", ["NUMBER"] = "number", ["NUMBER_LIST"] = "list of numbers",
        ["ERROR_CHAR"] = "character", ["LE"] = "'<='", ["GE"] = "'>='", ["LT"] = "'<'", ["GT"] = "'>'", ["EQ"] = "'=='", ["<EOF>"] = "end of file", ["'<EOF>'"] = "'end of file'",
    };

    internal static string Humanize(string message) =>
        TokenNames().Replace(message, m => TokenWords.TryGetValue(m.Value, out var word) ? word : m.Value);

    [System.Text.RegularExpressions.GeneratedRegex(@"'[^']*'|<EOF>|\b[A-Z][A-Z_]*\b")]
    private static partial System.Text.RegularExpressions.Regex TokenNames();
}
