using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Checking;
using MineralPlan.Geometry.Spatial;
using MineralPlan.Semantics.Model;

namespace MineralPlan.Geometry.Rules;

/// <summary>
/// A 集中开采区 (sand-and-stone concentrated mining zone) does not overlap a 重点勘查区, 重点开采区 or
/// 国家规划矿区 of any plan above this one.
/// </summary>
public sealed class ConcentratedOverlapRule(GeometrySettings settings) : IRule
{
    public DiagnosticDescriptor Descriptor => GeometryDiagnostics.ConcentratedOverlapsKeyZone;

    public string Source => "DOMAIN.md §3 C10 (集中开采区 must not overlap 市级以上重点勘查开采区; seed 001 第五章第四节), C9";

    public IEnumerable<Diagnostic> Check(RuleContext context)
    {
        var spatial = SpatialContext.Of(context, settings);
        var zones = spatial.Items.Where(p => p.Item is Zone { ZoneKind: ZoneKind.ConcentratedMining }).ToList();
        if (zones.Count == 0 || context.Ancestors.Count == 0)
        {
            yield break;
        }

        var keys = spatial.Ancestors
            .SelectMany(a => a.Items.Select(p => (Placed: p, a.Plan, Kind: KindOf(p))).Where(p => p.Kind is not null))
            .ToList();
        foreach (var (z, k) in Candidates.Between(zones, [.. keys.Select(x => x.Placed)]))
        {
            var overlap = Overlay.IntersectionKm2(zones[z].Shape, keys[k].Placed.Shape);
            if (overlap > Tolerances.OverlapKm2)
            {
                var (key, plan, kind) = keys[k];
                yield return Diagnostic.Create(Descriptor, zones[z].Span, zones[z].Name, kind, key.Name, plan.Header.Id, Tolerances.Km2(overlap))
                    .WithRelated(Related.InParent(key, plan));
            }
        }
    }

    private static Bilingual? KindOf(Placed placed) => placed.Item is Zone zone ? KeyZones.Kind(zone, national: true) : null;
}
