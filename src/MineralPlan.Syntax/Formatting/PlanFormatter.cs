using System.Collections.Immutable;
using System.Text;
using Antlr4.Runtime;
using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Syntax.Generated;
using MineralPlan.Syntax.Parsing;

namespace MineralPlan.Syntax.Formatting;

/// <summary>
/// The canonical layout of a plan file: one member per line, four-space indents, `key: value`,
/// ASCII punctuation, one blank line kept where the author left one, every comment kept (a comment
/// inside a value moves to the line above it). Keywords keep the spelling the author chose, so
/// formatting never changes the model. A file with syntax errors is not formatted.
/// </summary>
public static class PlanFormatter
{
    public sealed record Result(string? Text, ImmutableArray<Diagnostic> Diagnostics);

    public static Result Format(string text, string path)
    {
        var source = new SourceText(path, text);
        var diagnostics = new DiagnosticBag();
        if (NestingGuard.FindTooDeep(text, PlanParser.MaxNesting) is { } offset)
        {
            diagnostics.Add(SyntaxDiagnostics.NestingTooDeep, source.Span(offset, offset + 1), PlanParser.MaxNesting);
            return new Result(null, diagnostics.ToImmutable());
        }

        var parser = PlanParser.CreateParser(source, diagnostics);
        var tree = parser.document();
        if (diagnostics.HasErrors)
        {
            return new Result(null, diagnostics.ToImmutable());
        }

        var tokens = (CommonTokenStream)parser.InputStream;
        tokens.Fill();
        var printer = new Printer(tokens.GetTokens());
        printer.Members(tree.member(), 0);
        // Comments after the last member (and a file of comments only) are printed up to the end of the stream.
        printer.Finish(tokens.Size - 1);
        return new Result(printer.ToString(), diagnostics.ToImmutable());
    }

    /// <summary>The comments of <paramref name="text"/> in order, as the lexer sees them (trailing spaces trimmed): what fmt must keep.</summary>
    public static IReadOnlyList<string> CommentsOf(string text)
    {
        var lexer = new MinePlanLexer(new FoldedCharStream(text));
        lexer.RemoveErrorListeners();
        return [.. lexer.GetAllTokens()
            .Where(t => t.Type is MinePlanLexer.LINE_COMMENT or MinePlanLexer.BLOCK_COMMENT)
            .Select(t => text.Substring(t.StartIndex, t.StopIndex - t.StartIndex + 1).TrimEnd())];
    }

    private sealed class Printer(IList<IToken> tokens)
    {
        private const string Indent = "    ";
        private readonly List<string> _lines = [];
        private int _last = -1;

        public void Members(IEnumerable<MinePlanParser.MemberContext> members, int depth)
        {
            foreach (var member in members)
            {
                switch (member)
                {
                    case MinePlanParser.BlockMemberContext b:
                        Block(b.block(), depth);
                        break;
                    case MinePlanParser.PropertyMemberContext p:
                        Property(p.property(), depth);
                        break;
                    case MinePlanParser.EmptyMemberContext e:
                        // A stray `;` carries no meaning; its comments still survive.
                        Comments(e.Stop.TokenIndex + 1, depth);
                        _last = e.Stop.TokenIndex;
                        break;
                }
            }
        }

        public void Finish(int eofIndex) => Comments(eofIndex, 0);

        public override string ToString()
        {
            var text = string.Join("\n", _lines).TrimEnd('\n', ' ');
            return text.Length == 0 ? string.Empty : text + "\n";
        }

        private void Block(MinePlanParser.BlockContext block, int depth)
        {
            var open = block.LBRACE().Symbol.TokenIndex;
            Comments(open, depth, blankBefore: block.Start.TokenIndex);
            var header = new StringBuilder(Indent.Repeat(depth)).Append(block.keyword.GetText());
            foreach (var label in block.label())
            {
                header.Append(' ').Append(label.GetText());
            }

            var close = block.RBRACE()?.Symbol.TokenIndex ?? block.Stop.TokenIndex;
            var inner = block.member();
            // A block of stray `;` only is as empty as `{ }` (and must format the same, or fmt is not idempotent).
            if (inner.All(m => m is MinePlanParser.EmptyMemberContext) && !HasComments(open, close))
            {
                _lines.Add(header.Append(" { }").ToString());
                _last = close;
                return;
            }

            _lines.Add(header.Append(" {").ToString());
            _last = open;
            Members(inner, depth + 1);
            Comments(close, depth + 1);
            _lines.Add(Indent.Repeat(depth) + "}");
            _last = close;
        }

        private void Property(MinePlanParser.PropertyContext property, int depth)
        {
            var stop = property.Stop.TokenIndex;
            Comments(stop + 1, depth, blankBefore: property.Start.TokenIndex);
            _lines.Add(Indent.Repeat(depth) + property.key.GetText() + ": " + Value(property.value()));
            _last = stop;
        }

        private static string Value(MinePlanParser.ValueContext value) => value switch
        {
            MinePlanParser.ListValueContext l => "[" + string.Join(", ", l.element().Select(Element)) + "]",
            MinePlanParser.NumberListValueContext n => "[" + string.Join(", ", NumberListParts(n.NUMBER_LIST().GetText())) + "]",
            MinePlanParser.ScalarValueContext s => Scalar(s.scalar()),
            _ => value.GetText(),
        };

        private static IEnumerable<string> NumberListParts(string text) =>
            text[1..^1].Split([',', '，', '、'], StringSplitOptions.RemoveEmptyEntries)
                .Select(part => part.Trim(ListSpace))
                .Where(part => part.Length > 0);

        // LIST_SPACE of the grammar, trimmed in one pass: trimming ASCII whitespace first would leave a
        // space that stood behind a U+FEFF, and a second fmt would then remove it (not idempotent).
        private static readonly char[] ListSpace = [' ', '\t', '\r', '\n', '\f', '\u3000', '\uFEFF'];

        private static string Element(MinePlanParser.ElementContext element) =>
            (element.label() is { } label ? label.GetText() + " = " : string.Empty) + Value(element.value());

        private static string Scalar(MinePlanParser.ScalarContext scalar) => scalar switch
        {
            MinePlanParser.RangeScalarContext r => r.from.Text + ".." + r.to.Text,
            MinePlanParser.QuantityScalarContext q =>
                Comparator(q.comparator()) + q.NUMBER().GetText() + (q.unit() is { } u ? " " + Unit(u) : string.Empty),
            _ => scalar.GetText(),
        };

        private static string Comparator(MinePlanParser.ComparatorContext? c) => c?.Start.Type switch
        {
            null => string.Empty,
            MinePlanLexer.LE => "<= ",
            MinePlanLexer.GE => ">= ",
            MinePlanLexer.ABOUT => "~",
            _ => c.GetText() + " ",
        };

        private static string Unit(MinePlanParser.UnitContext unit) =>
            string.Join("/", unit.unitPart().Select(p => p.GetText() == "％" ? "%" : p.GetText()));

        private bool HasComments(int from, int to)
        {
            for (var i = from + 1; i < to; i++)
            {
                if (IsComment(tokens[i]))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Emits comments between the last emitted token and <paramref name="until"/>.</summary>
        private void Comments(int until, int depth, int? blankBefore = null)
        {
            var previousLine = _last >= 0 ? EndLine(tokens[_last]) : 0;
            for (var i = _last + 1; i < until && i < tokens.Count; i++)
            {
                var token = tokens[i];
                if (!IsComment(token) || token.TokenIndex <= _last)
                {
                    continue;
                }

                if (_last >= 0 && token.Line == previousLine && _lines.Count > 0)
                {
                    _lines[^1] += " " + token.Text;
                }
                else
                {
                    BlankLineIfAuthored(previousLine, token.Line);
                    _lines.Add(Indent.Repeat(depth) + token.Text.TrimEnd());
                }

                previousLine = EndLine(token);
                _last = i;
            }

            if (blankBefore is { } next && next < tokens.Count)
            {
                BlankLineIfAuthored(previousLine, tokens[next].Line);
            }
        }

        private void BlankLineIfAuthored(int previousLine, int nextLine)
        {
            if (previousLine > 0 && nextLine - previousLine >= 2 && _lines.Count > 0 && _lines[^1].Length > 0 && !_lines[^1].EndsWith('{'))
            {
                _lines.Add(string.Empty);
            }
        }

        private static bool IsComment(IToken token) =>
            token.Type is MinePlanLexer.LINE_COMMENT or MinePlanLexer.BLOCK_COMMENT;

        private static int EndLine(IToken token) => token.Line + token.Text.Count(c => c == '\n');
    }
}

internal static class StringRepeat
{
    public static string Repeat(this string text, int count) => string.Concat(Enumerable.Repeat(text, count));
}
