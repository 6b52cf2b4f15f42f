using Antlr4.Runtime;

namespace MineralPlan.Syntax.Parsing;

/// <summary>
/// The lexer never fails (ERROR_CHAR catches every other character) except on an unterminated
/// string, which the parser then reports; so lexer messages are dropped instead of printed.
/// </summary>
internal sealed class LexerErrorSilencer : IAntlrErrorListener<int>
{
    public static readonly LexerErrorSilencer Instance = new();

    public void SyntaxError(TextWriter output, IRecognizer recognizer, int offendingSymbol, int line, int charPositionInLine,
        string msg, RecognitionException e)
    {
    }
}
