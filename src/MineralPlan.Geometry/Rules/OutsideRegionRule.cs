using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Checking;
using MineralPlan.Geometry.Spatial;
using NetTopologySuite.Geometries.Prepared;

namespace MineralPlan.Geometry.Rules;

/// <summary>
/// Every zone and block with a boundary lies inside the plan's region (the 规划 header's 边界). Parts
/// outside smaller than <see cref="Tolerances.OverlapKm2"/> are drawing noise along a shared border.
/// </summary>
public sealed class OutsideRegionRule(GeometrySettings settings) : IRule
{
    public DiagnosticDescriptor Descriptor => GeometryDiagnostics.OutsideRegion;

    public string Source => "ARCHITECTURE.md checks: a zone outside the plan's region; DOMAIN.md C8 (跨行政区 blocks are drawn by the next-higher authority)";

    public IEnumerable<Diagnostic> Check(RuleContext context)
    {
        var spatial = SpatialContext.Of(context, settings);
        if (spatial.Region is not { } region)
        {
            yield break;
        }

        var inside = PreparedGeometryFactory.Prepare(region.Shape);
        // A financed project (项目) may reach beyond the region: it is drawn for the blocks over it (C16), not planned here.
        foreach (var item in spatial.Items.Where(p => p.Item is not Semantics.Model.Project))
        {
            if (inside.Covers(item.Shape))
            {
                continue;
            }

            var outside = Overlay.DifferenceKm2(item.Shape, region.Shape);
            if (outside > Tolerances.OverlapKm2)
            {
                yield return Diagnostic.Create(Descriptor, item.Span, item.Name, Tolerances.Km2(outside), context.Plan.Header.Id, Tolerances.Km2(item.Boundary.AreaKm2))
                    .WithRelated(new RelatedLocation(region.Span, $"the region boundary of {context.Plan.Header.Id}", $"规划 {context.Plan.Header.Id} 的行政区边界"));
            }
        }
    }
}
