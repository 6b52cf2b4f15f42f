using Antlr4.Runtime;
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

    public static ParseResult Parse(SourceText source)
    {
        var diagnostics = new DiagnosticBag();
        if (NestingGuard.FindTooDeep(source.Text, MaxNesting) is { } offset)
        {
            diagnostics.Add(SyntaxDiagnostics.NestingTooDeep, source.Span(offset, offset + 1), MaxNesting);
            var empty = new DocumentSyntax(source.Path, [], source.Span(0, source.Text.Length));
            return new ParseResult(source, empty, diagnostics.ToImmutable());
        }

        var parser = CreateParser(source, diagnostics);
        var tree = parser.document();
        var document = new SyntaxBuilder(source, diagnostics).Document(tree);
        return new ParseResult(source, document, diagnostics.ToImmutable());
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
