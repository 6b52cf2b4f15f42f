using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Semantics.Model;
using MineralPlan.Semantics.Units;

namespace MineralPlan.Checking.Rules;

/// <summary>
/// A measure fixes what kind of unit fits it: 金属量/矿物量/原煤 are masses, 矿石量/资源量 masses or
/// volumes (sand and stone are measured in m³), 荒料量 volumes (DOMAIN.md §2.2: "keep 计量对象 distinct from magnitude").
/// </summary>
public sealed class MeasureUnitRule : IRule
{
    public static readonly DiagnosticDescriptor Rule = new(
        "MP2004", DiagnosticSeverity.Error, "Unit does not fit the measure",
        "'{0}' is measured as {1} but its unit {2} is not a unit of {3}; use a unit of {3}",
        "“{0}”的计量为{1}，但单位 {2} 不是{4}单位；请改用{4}单位");

    public DiagnosticDescriptor Descriptor => Rule;

    public string Source => "DOMAIN.md §2.2 (units seen; measure vs magnitude), §7";

    public IEnumerable<Diagnostic> Check(RuleContext context)
    {
        foreach (var (item, measure, value) in Measured(context.Plan))
        {
            if (value?.Unit is not { } unit)
            {
                continue;
            }

            var allowed = measure switch
            {
                "metal" or "mineral" or "raw_coal" => [Dimension.Mass],
                "ore" or "resource" => [Dimension.Mass, Dimension.Volume],
                "block_stone" => [Dimension.Volume],
                "heat" => new[] { Dimension.Energy, Dimension.Power },
                _ => null,
            };
            if (allowed is not null && !allowed.Contains(unit.Dimension))
            {
                var zh = Semantics.Schema.Words.Measures.Find(measure ?? string.Empty)?.Chinese ?? measure;
                // Each language names the dimensions in its own words ({3} English, {4} Chinese).
                yield return Finding.At(Rule, value.Span, item.DisplayName, zh, unit.Symbol, Dimensions(allowed, chinese: false), Dimensions(allowed, chinese: true));
            }
        }
    }

    private static string Dimensions(IEnumerable<Dimension> dimensions, bool chinese) =>
        string.Join("/", dimensions.Select(d => d.Name(chinese)));

    private static IEnumerable<(PlanItem, string?, Quantity?)> Measured(Plan plan) =>
        plan.OfType<Indicator>().Select(i => ((PlanItem)i, i.Measure, i.Value))
            .Concat(plan.OfType<Fact>().Select(f => ((PlanItem)f, f.Measure, f.Value)))
            .Concat(plan.OfType<Quota>().Select(q => ((PlanItem)q, q.Measure, q.Value)));
}
