using MineralPlan.Abstractions.Diagnostics;

namespace MineralPlan.Checking.Rules;

/// <summary>基期, 规划期 and 展望 equal the parent plan's (DOMAIN.md C20).</summary>
public sealed class ParentPeriodRule : IRule
{
    public static readonly DiagnosticDescriptor Rule = new(
        "MP3003", DiagnosticSeverity.Error, "Years differ from the parent plan",
        "{0} is {1} here but {2} in the parent plan '{3}'; use the parent's years",
        "本规划{0}为 {1}，上级规划“{3}”为 {2}；请与上级规划一致");

    public DiagnosticDescriptor Descriptor => Rule;

    public string Source => "DOMAIN.md §3 C20";

    public IEnumerable<Diagnostic> Check(RuleContext context)
    {
        if (context.Ancestors.Count == 0)
        {
            yield break;
        }

        var (h, p) = (context.Plan.Header, context.Ancestors[0].Header);
        var parent = context.Ancestors[0];
        if (h.BaseYear is { } b && p.BaseYear is { } pb && b != pb)
        {
            yield return Finding.At(Rule, h.BaseYearSpan ?? h.Span, "基期 / base year", b, pb, p.Id).WithRelated(Finding.InParent(p.BaseYearSpan ?? p.Span, parent, "基期"));
        }

        if ((h.PeriodFrom, h.PeriodTo) is ({ } f, { } t) && (p.PeriodFrom, p.PeriodTo) is ({ } pf, { } pt) && (f, t) != (pf, pt))
        {
            yield return Finding.At(Rule, h.PeriodSpan ?? h.Span, "规划期 / period", $"{f}-{t}", $"{pf}-{pt}", p.Id).WithRelated(Finding.InParent(p.PeriodSpan ?? p.Span, parent, "规划期"));
        }

        if (h.Outlook is { } o && p.Outlook is { } po && o != po)
        {
            yield return Finding.At(Rule, h.Span, "展望 / outlook", o, po, p.Id).WithRelated(Finding.InParent(p.Span, parent, "展望"));
        }
    }
}
