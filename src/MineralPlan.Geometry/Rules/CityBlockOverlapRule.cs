using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Checking;
using MineralPlan.Geometry.Spatial;
using MineralPlan.Semantics.Model;

namespace MineralPlan.Geometry.Rules;

/// <summary>
/// A block under city authority (级别 市级: a mineral the city grants) stays out of every 重点勘查区 and
/// 重点开采区 of provincial or national level, whether this plan or a plan above draws the zone.
/// A zone's level is its own 级别, else the level of the plan that draws it.
/// </summary>
public sealed class CityBlockOverlapRule(GeometrySettings settings) : IRule
{
    private static readonly HashSet<PlanLevel> HighLevels = [PlanLevel.Province, PlanLevel.National];

    public DiagnosticDescriptor Descriptor => GeometryDiagnostics.CityBlockOverlapsKeyZone;

    public string Source => "DOMAIN.md §3 C9 (seed 000: 市级出让登记管理权限矿种的区块范围不得与省级以上重点勘查开采区重叠)";

    public IEnumerable<Diagnostic> Check(RuleContext context)
    {
        var spatial = SpatialContext.Of(context, settings);
        var blocks = spatial.Items.Where(p => p.Item is PlanningBlock { Level: PlanLevel.City }).ToList();
        if (blocks.Count == 0)
        {
            yield break;
        }

        // A zone this plan carries out (落实) from above is the upstream zone again: count it once, upstream.
        var own = spatial.Items.Where(p => p.Item is Zone { Carries: null } || context.Ancestors.Count == 0).Select(p => (Placed: p, context.Plan, Upstream: false));
        var upstream = spatial.Ancestors.SelectMany(a => a.Items.Select(p => (Placed: p, a.Plan, Upstream: true)));
        var keys = own.Concat(upstream).Where(k => KindOf(k.Placed, k.Plan) is not null).ToList();
        foreach (var (b, k) in Candidates.Between(blocks, [.. keys.Select(x => x.Placed)]))
        {
            var overlap = Overlay.IntersectionKm2(blocks[b].Shape, keys[k].Placed.Shape);
            if (overlap > Tolerances.OverlapKm2)
            {
                var (key, plan, isUpstream) = keys[k];
                var kind = KindOf(key, plan);
                yield return Diagnostic.Create(Descriptor, blocks[b].Span, blocks[b].Name, kind, key.Name, plan.Header.Id, Tolerances.Km2(overlap))
                    .WithRelated(isUpstream ? Related.InParent(key, plan) : Related.Here(key));
            }
        }
    }

    private static Bilingual? KindOf(Placed placed, Plan plan) =>
        placed.Item is Zone zone && (zone.Level ?? plan.Header.Level) is { } level && HighLevels.Contains(level) ? KeyZones.Kind(zone, national: false) : null;
}
