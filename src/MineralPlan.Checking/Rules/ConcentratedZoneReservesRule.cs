using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Semantics.Model;
using MineralPlan.Semantics.Units;

namespace MineralPlan.Checking.Rules;

/// <summary>
/// A 集中开采区 should hold at least a medium deposit: 资源储量 原则上 ≥ 中型, 1000 万立方米 for sand and stone
/// (DOMAIN.md §3 C13). Checked where the zone states its 资源储量 in a volume; a tonnage is not converted (no
/// density is given by the source), so it is not checked.
/// </summary>
public sealed class ConcentratedZoneReservesRule : IRule
{
    /// <summary>1000 万立方米, in cubic metres.</summary>
    public const decimal MediumDeposit = 10_000_000m;

    public static readonly DiagnosticDescriptor Rule = new(
        "MP2024", DiagnosticSeverity.Warning, "Concentrated mining zone below a medium deposit",
        "the concentrated mining zone '{0}' holds {1}, less than a medium deposit (1000 万立方米); a 集中开采区 should in principle hold at least that — enlarge or merge it, or state why",
        "集中开采区“{0}”资源储量为 {1}，小于中型规模（1000万立方米）；集中开采区原则上应达到中型以上，请扩大或合并，或说明理由");

    public DiagnosticDescriptor Descriptor => Rule;

    public string Source => "DOMAIN.md §3 C13 (集中开采区 资源储量规模原则上 ≥ 中型, ≥1000万m³; Liaoning province)";

    public IEnumerable<Diagnostic> Check(RuleContext context)
    {
        foreach (var zone in context.Plan.OfType<Zone>().Where(z => z.ZoneKind == ZoneKind.ConcentratedMining))
        {
            if (zone.Reserves is { Unit: { Dimension: Dimension.Volume, Per: RatePeriod.None } } reserves && reserves.BaseValue < MediumDeposit
                && reserves.Comparator is not (Syntax.Tree.Comparator.Greater or Syntax.Tree.Comparator.GreaterOrEqual))
            {
                yield return Finding.At(Rule, reserves.Span, zone.DisplayName, reserves.Display);
            }
        }
    }
}
