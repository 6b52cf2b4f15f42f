using MineralPlan.Abstractions.Diagnostics;

namespace MineralPlan.Checking.Rules;

/// <summary>
/// A plan that cites its parent by title (上级标题) must cite the parent's exact title: a citation that names no existing document is what a reviewer sends back
/// (issue "review-grade checking": citations; DOMAIN.md §3 C17, documents named exactly).
/// </summary>
public sealed class ParentTitleRule : IRule
{
    public static readonly DiagnosticDescriptor Rule = new(
        "MP3016", DiagnosticSeverity.Warning, "Parent cited by another title",
        "the parent plan is cited as 《{0}》, but its title is 《{1}》; cite it exactly",
        "上级规划被引作《{0}》，其标题为《{1}》；请准确引用");

    public DiagnosticDescriptor Descriptor => Rule;

    public string Source => "issue: review-grade checking (citations: a plan above is cited by its exact title and 文号); DOMAIN.md §3 C17";

    public IEnumerable<Diagnostic> Check(RuleContext context)
    {
        if (context.Ancestors.Count == 0 || context.Plan.Header is not { ParentTitle: { } cited, ParentTitleSpan: { } span })
        {
            yield break;
        }

        var parent = context.Ancestors[0];
        if (parent.Header.Title is { } title && TitleText.Normalise(cited) != TitleText.Normalise(title))
        {
            var finding = Finding.At(Rule, span, cited.Trim('《', '》'), title).WithRelated(Finding.InParent(parent.Header.Span, parent, "标题 / title"));
            // The fix replaces the text between the quotes; the quotes themselves stay.
            var inner = span.Length >= 2 ? span with { Offset = span.Offset + 1, Length = span.Length - 2, Column = span.Column + 1, EndColumn = span.EndColumn - 1 } : span;
            yield return span.Line == span.EndLine ? finding.WithFix(Finding.Replace(inner, title, $"Cite the parent as 《{title}》", $"改为上级规划标题《{title}》")) : finding;
        }
    }
}
