using System.Text.RegularExpressions;
using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Semantics.Model;

namespace MineralPlan.Checking;

/// <summary>
/// The plan's prose as the text rules read it: each paragraph's literal text (interpolated data left out: it is
/// checked as data), and the documents it cites (《…》) in 依据 and in the text, each with the place that cites it.
/// </summary>
internal static partial class PlanText
{
    public static IEnumerable<(string Text, SourceSpan Span)> Paragraphs(Plan plan) =>
        Semantics.Binding.ReferenceChecker.Paragraphs(plan.Document).Select(p => (Literal(p.Text), p.Span));

    public static string Literal(InterpolatedText text) => string.Concat(text.Pieces.OfType<TextLiteral>().Select(l => l.Text));

    /// <summary>Every 《…》: its title (without the brackets) and the span of the 依据 or paragraph holding it.</summary>
    public static IEnumerable<(string Title, SourceSpan Span)> Citations(Plan plan) =>
        plan.Header.Basis.Select(b => (Text: "《" + b.Title.Trim('《', '》') + "》", b.Span))
            .Concat(Paragraphs(plan))
            .SelectMany(place => Cited().Matches(place.Text).Select(m => (m.Groups[1].Value, place.Span)));

    [GeneratedRegex("《([^《》]+)》")]
    private static partial Regex Cited();
}
