using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Checking;
using MineralPlan.Geometry.Spatial;
using MineralPlan.Semantics.Model;

namespace MineralPlan.Geometry.Rights;

/// <summary>
/// A planning block or 集中开采区 does not take ground an existing right holds for another mineral (DOMAIN.md C10:
/// 集中开采区 keep clear of existing non-砂石 矿业权; a new block is granted to one right, so it cannot lie on another
/// mineral's right). A right of the same mineral is not reported: the block may be its extension or consolidation.
/// Runs only when <c>check --rights</c> gives the layer.
/// </summary>
public sealed class RightsOverlapRule(GeometrySettings settings, ExistingRights rights) : IRule
{
    public static readonly DiagnosticDescriptor Rule = new(
        "MP4026", DiagnosticSeverity.Error, "Overlaps an existing right of another mineral",
        "'{0}' overlaps the existing right {1} ({2}, {3}) by {4} km²; a new block or 集中开采区 must keep clear of another mineral's right: move the boundary, or check the right's record",
        "“{0}”与现有矿业权 {1}（{2}，{3}）重叠 {4} km²；新设区块或集中开采区须避让其他矿种的矿业权：请调整边界，或核实该矿业权记录");

    public DiagnosticDescriptor Descriptor => Rule;

    public string Source => "DOMAIN.md §3 C10 (keep a safe distance from existing non-砂石 矿业权; seed 001 第五章第四节)";

    public IEnumerable<Diagnostic> Check(RuleContext context)
    {
        var spatial = SpatialContext.Of(context, settings);
        var mine = spatial.Items.Where(p => p.Item is PlanningBlock or Zone { ZoneKind: ZoneKind.ConcentratedMining }).ToList();
        if (mine.Count == 0 || rights.Rights.Length == 0)
        {
            yield break;
        }

        var placed = rights.Rights.Zip(rights.In(spatial.Plane), (r, shape) => (Right: r, Shape: shape)).ToList();
        foreach (var item in mine)
        {
            var minerals = (item.Item?.Minerals ?? []).Select(m => m.Key).ToHashSet(StringComparer.Ordinal);
            foreach (var (right, shape) in placed)
            {
                if (right.MineralKey is { } mineral && minerals.Contains(mineral) || !item.Shape.EnvelopeInternal.Intersects(shape.EnvelopeInternal))
                {
                    continue;
                }

                var overlap = Overlay.IntersectionKm2(item.Shape, shape);
                if (overlap > Tolerances.OverlapKm2)
                {
                    yield return Diagnostic.Create(Descriptor, item.Span, item.Name, right.Licence ?? right.Where, right.Holder ?? "?", right.Mineral ?? "?", Tolerances.Km2(overlap));
                }
            }
        }
    }
}
