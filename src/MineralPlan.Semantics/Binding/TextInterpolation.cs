using System.Collections.Immutable;
using System.Text;
using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Semantics.Model;
using MineralPlan.Syntax;
using MineralPlan.Syntax.Tree;

namespace MineralPlan.Semantics.Binding;

/// <summary>Splits text into literals and <c>{ref}</c> holes, each hole with its exact source span.</summary>
internal static class TextInterpolation
{
    public static InterpolatedText Parse(TextSyntax text, SourceText source, DiagnosticBag diagnostics)
    {
        var pieces = ImmutableArray.CreateBuilder<TextPiece>();
        var literal = new StringBuilder();
        var raw = text.Raw;
        var i = 0;
        while (i < raw.Length)
        {
            var c = raw[i];
            if (c == '\\' && i + 1 < raw.Length)
            {
                literal.Append(raw[i + 1] switch { 'n' => '\n', 't' => '\t', var other => other });
                i += 2;
                continue;
            }

            if (c != '{')
            {
                literal.Append(c);
                i++;
                continue;
            }

            var close = InterpolationHoles.CloseOf(raw, i);
            if (close < 0)
            {
                var at = text.ContentStart + i;
                diagnostics.Add(BindDiagnostics.BadInterpolation, source.Span(at, at + 1));
                literal.Append(c);
                i++;
                continue;
            }

            if (literal.Length > 0)
            {
                pieces.Add(new TextLiteral(literal.ToString()));
                literal.Clear();
            }

            var start = text.ContentStart + i;
            var span = source.Span(start, text.ContentStart + close + 1);
            pieces.Add(new TextHole(new Reference([.. raw[(i + 1)..close].Trim().Split('.').Select(p => p.Trim())], span)));
            i = close + 1;
        }

        if (literal.Length > 0)
        {
            pieces.Add(new TextLiteral(literal.ToString()));
        }

        return new InterpolatedText(pieces.ToImmutable(), text.Span);
    }
}
