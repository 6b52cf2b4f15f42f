using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Checking;
using MineralPlan.Geometry.Spatial;
using MineralPlan.Semantics.Model;

namespace MineralPlan.Geometry.Rules;

/// <summary>
/// A zone or block that carries out (落实) an upstream one keeps its boundary: the symmetric difference
/// of the two (area in either but not both) stays within <see cref="Tolerances.AreaKm2"/> of the upstream
/// area. Only checked when both have a boundary; the two may be written in different coordinate systems.
/// </summary>
public sealed class CarriedGeometryRule(GeometrySettings settings) : IRule
{
    public DiagnosticDescriptor Descriptor => GeometryDiagnostics.CarriedGeometryDiffers;

    public string Source => "DOMAIN.md §3 C7 (a carried-out block keeps 名称/编号, 矿种, 面积, 拐点); seed 000 第四章";

    public IEnumerable<Diagnostic> Check(RuleContext context)
    {
        var spatial = SpatialContext.Of(context, settings);
        foreach (var mine in spatial.Items)
        {
            var carries = mine.Item switch { Zone z => z.Carries, PlanningBlock b => b.Carries, _ => null };
            if (carries is null || Upstream.Resolve(context, carries) is not var (upstreamItem, plan))
            {
                continue;
            }

            var theirs = spatial.Ancestors.Where(a => ReferenceEquals(a.Plan, plan)).SelectMany(a => a.Items).FirstOrDefault(p => ReferenceEquals(p.Item, upstreamItem));
            if (theirs is null)
            {
                continue;
            }

            var common = Overlay.IntersectionKm2(mine.Shape, theirs.Shape);
            var difference = (mine.Shape.Area / 1e6) + (theirs.Shape.Area / 1e6) - (2 * common);
            var tolerance = Tolerances.AreaKm2(theirs.Shape.Area / 1e6);
            if (difference > tolerance)
            {
                yield return Diagnostic.Create(Descriptor, mine.Span, mine.Name, theirs.Name, plan.Header.Id, Tolerances.Km2(difference), Tolerances.Km2(tolerance))
                    .WithRelated(Related.InParent(theirs, plan));
            }
        }
    }
}
