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
    public static IEnumerable<TextPlace> Paragraphs(Plan plan) =>
        Semantics.Binding.ReferenceChecker.Paragraphs(plan.Document).Select(p => new TextPlace(Literal(p.Text), p.Span));

    public static string Literal(InterpolatedText text) => string.Concat(text.Pieces.OfType<TextLiteral>().Select(l => l.Text));

    /// <summary>Every 《…》: its title (without the brackets) and the span of the 依据 or paragraph holding it.</summary>
    public static IEnumerable<TextPlace> Citations(Plan plan) =>
        plan.Header.Basis.Select(b => new TextPlace("《" + b.Title.Trim('《', '》') + "》", b.Span))
            .Concat(Paragraphs(plan))
            .SelectMany(place => Cited().Matches(place.Text).Select(m => new TextPlace(m.Groups[1].Value, place.Span)));

    [GeneratedRegex("《([^《》]+)》")]
    private static partial Regex Cited();
}

/// <summary>
/// A piece of the plan's text and where it stands. A class, not a tuple: collections of a value type holding a span
/// are generic instantiations ReadyToRun cannot precompile, and each cost a county check JIT time at start.
/// </summary>
internal sealed record TextPlace(string Text, SourceSpan Span);
