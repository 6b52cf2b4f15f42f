using Antlr4.Runtime;
using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Syntax.Generated;

namespace MineralPlan.Syntax.Parsing;

/// <summary>Replaces ANTLR's console listener: every syntax error becomes a diagnostic, parsing recovers.</summary>
internal sealed class SyntaxErrorCollector(SourceText source, DiagnosticBag diagnostics) : IAntlrErrorListener<IToken>
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

    // ANTLR's messages name token types (e.g. "'{'", "IDENT"); keep them but spell the
    // token kinds the way the language reference does.
    private static string Humanize(string message) =>
        message.Replace("IDENT", "name", StringComparison.Ordinal)
            .Replace("SEMI", "';'", StringComparison.Ordinal)
            .Replace("COLON", "':'", StringComparison.Ordinal)
            .Replace("COMMA", "','", StringComparison.Ordinal)
            .Replace("RANGE", "'..'", StringComparison.Ordinal)
            .Replace("SLASH", "'/'", StringComparison.Ordinal)
            .Replace("PERCENT", "'%'", StringComparison.Ordinal)
            .Replace("ABOUT", "'~'", StringComparison.Ordinal)
            .Replace("STRING", "\"text\"", StringComparison.Ordinal)
            .Replace("NUMBER", "number", StringComparison.Ordinal)
            .Replace("ERROR_CHAR", "character", StringComparison.Ordinal)
            .Replace("<EOF>", "end of file", StringComparison.Ordinal);
}
