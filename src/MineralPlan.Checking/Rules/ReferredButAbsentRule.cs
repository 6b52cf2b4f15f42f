using System.Text.RegularExpressions;
using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Semantics.Model;

namespace MineralPlan.Checking.Rules;

/// <summary>
/// The text refers to a 专栏, 附表 or 附图 by number that the document does not have: 专栏五 in a plan whose document
/// inserts three 专栏. The numbers are those the rendered document gives, in the order the tables and figures are
/// inserted (专栏一, 附表1, 附图1…). The reader is promised something the plan does not contain: information (issue
/// "review-grade checking": declared but absent, "a 专栏 referred to but not present").
/// </summary>
public sealed partial class ReferredButAbsentRule : IRule
{
    public static readonly DiagnosticDescriptor Rule = new(
        "MP2018", DiagnosticSeverity.Info, "Referred to but absent",
        "the text refers to {0}, but the document has {1} {2}; insert it (插入) or correct the reference",
        "文中提及{0}，但文本中只有 {1} 个{2}；请插入该{2}或更正提法");

    public DiagnosticDescriptor Descriptor => Rule;

    public string Source => "issue: review-grade checking, 'declared but absent' (a 专栏 referred to but not present)";

    public IEnumerable<Diagnostic> Check(RuleContext context)
    {
        var plan = context.Plan;
        var inserted = Semantics.Binding.ReferenceChecker.Insertions(plan.Document).Select(i => plan.FindItem(i.Target.Text)).ToList();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["专栏"] = inserted.Count(i => i is PlanTable { TableKind: TableKind.Box }),
            ["附表"] = inserted.Count(i => i is PlanTable { TableKind: TableKind.Appendix }),
            ["附图"] = inserted.Count(i => i is Figure),
        };
        foreach (var (text, span) in PlanText.Paragraphs(plan))
        {
            foreach (Match m in Mention().Matches(text))
            {
                var kind = m.Groups["kind"].Value;
                var number = Number(m.Groups["n"].Value);
                if (number > counts[kind])
                {
                    yield return Finding.At(Rule, Finding.NameSpan(context, span, m.Value), m.Value, counts[kind], kind);
                }
            }
        }
    }

    /// <summary>1–99 in digits or Chinese numerals (一, 十, 十二, 二十, 二十三).</summary>
    private static int Number(string text)
    {
        if (int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }

        const string Digits = "零一二三四五六七八九";
        var ten = text.IndexOf('十');
        if (ten < 0)
        {
            return Digits.IndexOf(text[0]);
        }

        var tens = ten == 0 ? 1 : Digits.IndexOf(text[0]);
        var ones = ten == text.Length - 1 ? 0 : Digits.IndexOf(text[ten + 1]);
        return (tens * 10) + ones;
    }

    // 专栏 takes Chinese numerals, 附表 and 附图 digits, as the rendered document numbers them.
    [GeneratedRegex("(?<kind>专栏)(?<n>[一二三四五六七八九十]{1,3})|(?<kind>附表|附图)(?<n>\\d{1,2})(?!\\d)")]
    private static partial Regex Mention();
}
