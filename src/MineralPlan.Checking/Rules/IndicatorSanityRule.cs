using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Semantics.Model;
using MineralPlan.Semantics.Units;

namespace MineralPlan.Checking.Rules;

/// <summary>
/// Indicator attributes are 预期性 or 约束性 (seed 000 第七章 "约束性与预期性"; the 规程); 控制性 is
/// non-standard and should be restated (DOMAIN.md §2.2, §7). A percentage above 100 is wrong.
/// </summary>
public sealed class IndicatorSanityRule : IRule
{
    public static readonly DiagnosticDescriptor Rule = new(
        "MP2009", DiagnosticSeverity.Warning, "Indicator attribute or value is unusual",
        "indicator '{0}': {1}",
        "指标“{0}”：{1}");

    public DiagnosticDescriptor Descriptor => Rule;

    public string Source => "DOMAIN.md §2.2 (属性 values), §7 (控制性 non-standard, warn)";

    public IEnumerable<Diagnostic> Check(RuleContext context)
    {
        foreach (var indicator in context.Plan.OfType<Indicator>())
        {
            if (indicator.Attribute == "control")
            {
                yield return Finding.At(Rule, indicator.Span, indicator.DisplayName,
                    "属性 控制性 is not one of the standard attributes 预期性/约束性; state whether it is binding (约束性) or expected (预期性) / 控制性不是标准指标属性（预期性/约束性），请明确其属性");
            }

            if (indicator.Value is { Unit.Dimension: Dimension.Percent, Value: > 100m } v)
            {
                yield return Finding.At(Rule, v.Span, indicator.DisplayName, "a percentage above 100 / 百分比超过 100");
            }
        }
    }
}
