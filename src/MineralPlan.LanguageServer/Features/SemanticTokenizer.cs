using MineralPlan.LanguageServer.Protocol;
using MineralPlan.Syntax.Tree;

namespace MineralPlan.LanguageServer.Features;

/// <summary>
/// semanticTokens/full from the syntax tree: keywords, property keys, ids, names, numbers, units, strings, references
/// and comments, sorted and never spanning a line (a multi-line string is sent line by line, as the protocol needs).
/// </summary>
internal static class SemanticTokenizer
{
    public static readonly string[] Types = ["keyword", "property", "variable", "string", "number", "type", "comment", "operator"];

    private enum Kind
    {
        Keyword,
        Property,
        Variable,
        String,
        Number,
        Unit,
        Comment,
    }

    public static SemanticTokens Tokens(DocumentContext document)
    {
        var tokens = new List<(int Start, int Length, Kind Kind)>();
        foreach (var member in document.Parse.Document.Members)
        {
            Member(member, tokens);
        }

        Comments(document.Text, tokens);
        var data = new List<int>();
        var (lastLine, lastChar) = (0, 0);
        foreach (var (start, length, kind) in tokens.OrderBy(t => t.Start))
        {
            // Split at line ends: a token may not span lines.
            var offset = start;
            var end = start + length;
            while (offset < end)
            {
                var lineEnd = document.Text.IndexOf('\n', offset, end - offset);
                var pieceEnd = lineEnd < 0 ? end : lineEnd;
                if (pieceEnd > offset)
                {
                    var at = document.Lines.PositionOf(offset);
                    data.AddRange([at.Line - lastLine, at.Line == lastLine ? at.Character - lastChar : at.Character, pieceEnd - offset, (int)kind, 0]);
                    (lastLine, lastChar) = (at.Line, at.Character);
                }

                offset = pieceEnd + 1;
            }
        }

        return new SemanticTokens([.. data]);
    }

    private static void Member(MemberSyntax member, List<(int, int, Kind)> tokens)
    {
        switch (member)
        {
            case BlockSyntax block:
                tokens.Add((block.Keyword.Span.Offset, block.Keyword.Span.Length, Kind.Keyword));
                foreach (var label in block.Labels)
                {
                    tokens.Add((label.Span.Offset, label.Span.Length, label.IsQuoted ? Kind.String : Kind.Variable));
                }

                foreach (var child in block.Members)
                {
                    Member(child, tokens);
                }

                break;
            case PropertySyntax property:
                tokens.Add((property.Key.Span.Offset, property.Key.Span.Length, Kind.Property));
                Value(property.Value, tokens);
                break;
        }
    }

    private static void Value(ValueSyntax value, List<(int, int, Kind)> tokens)
    {
        switch (value)
        {
            case QuantitySyntax quantity:
                var unitStart = quantity.Unit?.Span.Offset ?? quantity.Span.Offset + quantity.Span.Length;
                tokens.Add((quantity.Span.Offset, Math.Max(0, unitStart - quantity.Span.Offset), Kind.Number));
                if (quantity.Unit is { } unit)
                {
                    tokens.Add((unit.Span.Offset, unit.Span.Length, Kind.Unit));
                }

                break;
            case RangeSyntax range:
                tokens.Add((range.Span.Offset, range.Span.Length, Kind.Number));
                break;
            case TextSyntax text:
                tokens.Add((text.Span.Offset, text.Span.Length, Kind.String));
                break;
            case ReferenceSyntax reference:
                tokens.Add((reference.Span.Offset, reference.Span.Length, Kind.Variable));
                break;
            case ListSyntax list:
                foreach (var element in list.Elements)
                {
                    if (element.Label is { } label)
                    {
                        tokens.Add((label.Span.Offset, label.Span.Length, label.IsQuoted ? Kind.String : Kind.Variable));
                    }

                    Value(element.Value, tokens);
                }

                break;
        }
    }

    /// <summary>Comments, as the language's lexer finds them (outside strings; <c>//</c> to the line end, <c>/* */</c> across lines).</summary>
    private static void Comments(string text, List<(int, int, Kind)> tokens)
    {
        foreach (var comment in Syntax.Parsing.LexicalTokens.Of(text).Where(t => t.Kind == Syntax.Parsing.LexicalKind.Comment))
        {
            tokens.Add((comment.Start, comment.End - comment.Start, Kind.Comment));
        }
    }
}
