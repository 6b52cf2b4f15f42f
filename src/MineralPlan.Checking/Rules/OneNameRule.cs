using System.Text.RegularExpressions;
using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Semantics.Model;

namespace MineralPlan.Checking.Rules;

/// <summary>
/// One thing, one name (issue "review-grade checking"): a document the plan cites by two titles (《…意见》 and
/// 《…意见（试行）》), or a zone or block declared twice under two ids with one name, is reported once, with every
/// variant and its places. Titles are the same document when they agree once dashes, spaces, bracket widths, the 年
/// after a year and a bracketed remark without a digit (（试行）, （修订）) are set aside; a bracket with a year
/// ((2016-2020年) against (2021-2025年)) makes another document.
/// </summary>
public sealed partial class OneNameRule : IRule
{
    public static readonly DiagnosticDescriptor Rule = new(
        "MP2022", DiagnosticSeverity.Warning, "One thing under several names",
        "{0} is written {1} ways in this plan: {2}; use one name throughout (the exact title or id)",
        "{0}在本规划中有 {1} 种写法：{2}；请全文统一（使用准确的标题或编号）");

    public DiagnosticDescriptor Descriptor => Rule;

    public string Source => "issue: review-grade checking (one name per thing); DOMAIN.md §3 C17 (cross-references name the real documents)";

    public IEnumerable<Diagnostic> Check(RuleContext context)
    {
        var plan = context.Plan;
        // A short name the plan defines (（以下简称《规划》）) is a name of its own making, not a variant.
        var citations = PlanText.Citations(plan).Where(c => c.Text.Length > 4)
            .Select(c => new TextPlace(c.Text, Finding.NameSpan(context, c.Span, "《" + c.Text + "》"))).ToList();

        foreach (var group in citations.GroupBy(c => SameDocument(c.Text), StringComparer.Ordinal))
        {
            if (Variants(group, c => c.Text, c => c.Span, "《{0}》") is { } finding)
            {
                yield return finding;
            }
        }

        foreach (var group in plan.Items.Where(i => i is Zone or PlanningBlock && i.Name is { Length: > 0 } && i.Id is not null)
            .GroupBy(i => i.Kind + "\u0001" + TitleText.Normalise(i.Name ?? string.Empty), StringComparer.Ordinal))
        {
            if (group.Select(i => i.Id).Distinct(StringComparer.Ordinal).Count() > 1
                && Variants(group, i => i.Id ?? string.Empty, i => i.Span, "“" + group.First().Name + "” ({0})") is { } finding)
            {
                yield return finding;
            }
        }
    }

    private static Diagnostic? Variants<T>(IEnumerable<T> group, Func<T, string> name, Func<T, SourceSpan> span, string shown)
    {
        var byName = group.GroupBy(name, StringComparer.Ordinal).ToList();
        if (byName.Count < 2)
        {
            return null;
        }

        // The most used spelling first: it is the one the plan mostly means, and the finding stands at its first use.
        byName = [.. byName.OrderByDescending(g => g.Count()).ThenBy(g => span(g.First()).File, StringComparer.Ordinal).ThenBy(g => span(g.First()).Offset)];
        var list = string.Join("; ", byName.Select(g => Shown(shown, g.Key) + " ×" + g.Count()));
        var first = byName[0].First();
        return Finding.At(Rule, span(first), Shown(shown, byName[0].Key), byName.Count, list)
            .WithRelated([.. byName.Skip(1).SelectMany(g => g).Select(v => Finding.Here(span(v), "written " + Shown(shown, name(v)), "写作" + Shown(shown, name(v))))]);
    }

    private static string Shown(string format, string name) => string.Format(System.Globalization.CultureInfo.InvariantCulture, format, name);

    /// <summary>The key two citations of one document share.</summary>
    internal static string SameDocument(string title) =>
        YearSuffix().Replace(Remark().Replace(TitleText.Normalise(title), string.Empty), "$1");

    // A bracketed remark without a digit: (试行), (修订), (征求意见稿).
    [GeneratedRegex(@"\([^()0-9]*\)")]
    private static partial Regex Remark();

    [GeneratedRegex("([0-9])年")]
    private static partial Regex YearSuffix();
}
