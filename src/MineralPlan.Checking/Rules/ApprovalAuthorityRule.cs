using System.Text.RegularExpressions;
using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Semantics.Model;

namespace MineralPlan.Checking.Rules;

/// <summary>
/// Who approves the plan and its adjustments (DOMAIN.md §3 C18, C19): a city plan is approved by the province's
/// 自然资源厅, a county plan by the city's 自然资源局; an adjustment goes to the original approving authority. A
/// sentence of the text that names the approving authority (《规划》经辽宁省自然资源厅审查批准; 调整…报××批准) must name
/// that one. "原批准机关"/"原审批机关" names none and is right; a province plan is not checked.
/// </summary>
public sealed partial class ApprovalAuthorityRule : IRule
{
    public static readonly DiagnosticDescriptor Rule = new(
        "MP2025", DiagnosticSeverity.Warning, "Approved by the wrong authority",
        "the text has this {0} plan approved by {1}, but {2} approves a {0} plan and its adjustments; name that authority (or 原批准机关)",
        "正文称本{0}规划由{1}批准，但{0}规划及其调整应由{2}批准；请改为该机关（或“原批准机关”）");

    public DiagnosticDescriptor Descriptor => Rule;

    public string Source => "DOMAIN.md §3 C18 (adjustments by the original approving authority, seed 001 第七章第三节), C19 (city plan ← 省自然资源厅; county plan ← 市自然资源局)";

    public IEnumerable<Diagnostic> Check(RuleContext context)
    {
        var header = context.Plan.Header;
        var parentRegion = context.Ancestors.Count > 0 ? context.Ancestors[0].Header.Region : null;
        (string Level, string[] Suffixes, string Expected)? expected = header.Level switch
        {
            PlanLevel.County => ("县级", ["自然资源局", "自然资源和规划局"], (parentRegion ?? "市") + "自然资源局"),
            PlanLevel.City => ("市级", ["自然资源厅"], (parentRegion ?? "省") + "自然资源厅"),
            _ => null,
        };
        if (expected is not { } e)
        {
            yield break;
        }

        foreach (var (text, span) in PlanText.Paragraphs(context.Plan))
        {
            foreach (Match m in Approval().Matches(text))
            {
                // Approval of the plan (《规划》经…批准) or of its adjustment (…调整…由/报…批准), not of a right or a project.
                var sentence = Sentence(text, m.Index);
                if (!sentence.Contains("规划", StringComparison.Ordinal))
                {
                    continue;
                }

                var authority = m.Groups["a"].Value;
                var right = e.Suffixes.Any(s => authority.EndsWith(s, StringComparison.Ordinal))
                    && (parentRegion is null || authority.StartsWith(parentRegion, StringComparison.Ordinal));
                if (!right)
                {
                    yield return Finding.At(Rule, Finding.NameSpan(context, span, authority), e.Level, authority, e.Expected);
                }
            }
        }
    }

    private static string Sentence(string text, int at)
    {
        var start = text.LastIndexOfAny(['。', '；', '\n'], Math.Max(0, at - 1)) + 1;
        var end = text.IndexOfAny(['。', '；', '\n'], at);
        return text[start..(end < 0 ? text.Length : end)];
    }

    [GeneratedRegex(@"(?:经|由|报)(?<a>[\u4e00-\u9fff]{2,16}?(?:自然资源和规划局|自然资源局|自然资源厅|自然资源部|人民政府))(?:审查|审核)?(?:批准|批复)")]
    private static partial Regex Approval();
}
