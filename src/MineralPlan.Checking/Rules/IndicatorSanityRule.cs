using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Semantics.Model;

namespace MineralPlan.Checking.Rules;

/// <summary>
/// Indicator attributes are 预期性 or 约束性 (seed 000 第七章 "约束性与预期性"; the 规程); 控制性 is
/// non-standard and should be restated (DOMAIN.md §2.2, §7).
/// </summary>
public sealed class IndicatorSanityRule : IRule
{
    public static readonly DiagnosticDescriptor Rule = new(
        "MP2009", DiagnosticSeverity.Warning, "Non-standard indicator attribute",
        "indicator '{0}' has the attribute 控制性, which is not one of the standard attributes 预期性/约束性; state whether it is binding (约束性) or expected (预期性)",
        "指标“{0}”的属性为控制性，不是标准指标属性（预期性/约束性）；请明确其为约束性或预期性");

    public DiagnosticDescriptor Descriptor => Rule;

    public string Source => "DOMAIN.md §2.2 (属性 values), §7 (控制性 non-standard, warn)";

    public IEnumerable<Diagnostic> Check(RuleContext context)
    {
        foreach (var indicator in context.Plan.OfType<Indicator>())
        {
            if (indicator.Attribute == TargetAttribute.Control)
            {
                yield return Finding.At(Rule, indicator.Span, indicator.DisplayName);
            }
        }
    }
}
