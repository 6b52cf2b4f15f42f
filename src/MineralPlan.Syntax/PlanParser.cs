using Antlr4.Runtime;
using Antlr4.Runtime.Atn;
using Antlr4.Runtime.Misc;
using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Syntax.Generated;
using MineralPlan.Syntax.Parsing;
using MineralPlan.Syntax.Tree;

namespace MineralPlan.Syntax;

/// <summary>The facade over the generated parser: text in, syntax model and diagnostics out. Never throws on bad input.</summary>
public static class PlanParser
{
    /// <summary>Deeper nesting than this is refused before parsing, so a hostile file cannot overflow the stack.</summary>
    public const int MaxNesting = 64;

    public static ParseResult Parse(string text, string path) => Parse(new SourceText(path, text));

    public static ParseResult Parse(SourceText source) => Parse(source, direct: true);

    /// <summary>Parses with the direct reader first (<see cref="DirectParser"/>) unless told not to, as the test that
    /// holds both paths to one syntax model does.</summary>
    internal static ParseResult Parse(SourceText source, bool direct)
    {
        var diagnostics = new DiagnosticBag();
        if (NestingGuard.FindTooDeep(source.Text, MaxNesting) is { } offset)
        {
            diagnostics.Add(SyntaxDiagnostics.NestingTooDeep, source.Span(offset, offset + 1), MaxNesting);
            var empty = new DocumentSyntax(source.Path, [], source.Span(0, source.Text.Length));
            return new ParseResult(source, empty, diagnostics.ToImmutable());
        }

        var text = ControlCharacters.Clean(source, diagnostics);
        var document = (direct ? DirectParser.TryParse(source, text, diagnostics) : null)
            ?? new SyntaxBuilder(source, diagnostics).Document(ParseTree(source, text, diagnostics));
        return new ParseResult(source, document, diagnostics.ToImmutable());
    }

    /// <summary>
    /// Two-stage parsing: SLL prediction with bail-out first, which is all this grammar needs for any
    /// well-formed file and avoids full-context prediction; only a file with a syntax error is parsed
    /// again with full LL and ANTLR's recovery, so its errors are reported as before.
    /// </summary>
    private static MinePlanParser.DocumentContext ParseTree(SourceText source, string text, DiagnosticBag diagnostics)
    {
        var lexer = new MinePlanLexer(new FoldedCharStream(text));
        lexer.RemoveErrorListeners();
        lexer.AddErrorListener(LexerErrorSilencer.Instance);
        var tokens = new CommonTokenStream(lexer);
        var parser = new MinePlanParser(tokens) { ErrorHandler = new BailErrorStrategy() };
        parser.RemoveErrorListeners();
        parser.Interpreter.PredictionMode = PredictionMode.SLL;
        try
        {
            return parser.document();
        }
        catch (ParseCanceledException)
        {
            tokens.Seek(0);
            parser.Reset();
            parser.ErrorHandler = new DefaultErrorStrategy();
            parser.AddErrorListener(new SyntaxErrorCollector(source, diagnostics));
            parser.Interpreter.PredictionMode = PredictionMode.LL;
            return parser.document();
        }
    }

    internal static MinePlanParser CreateParser(SourceText source, DiagnosticBag diagnostics)
    {
        var lexer = new MinePlanLexer(new FoldedCharStream(source.Text));
        lexer.RemoveErrorListeners();
        lexer.AddErrorListener(LexerErrorSilencer.Instance);
        var parser = new MinePlanParser(new CommonTokenStream(lexer));
        parser.RemoveErrorListeners();
        parser.AddErrorListener(new SyntaxErrorCollector(source, diagnostics));
        return parser;
    }
}
