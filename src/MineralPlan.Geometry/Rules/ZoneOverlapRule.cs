using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Checking;
using MineralPlan.Geometry.Spatial;
using MineralPlan.Semantics.Model;

namespace MineralPlan.Geometry.Rules;

/// <summary>
/// Two zones of the same kind in one plan (two 集中开采区, two 重点勘查区 …) do not overlap: each is a separate
/// unit with its own rights, scale and reserve, so shared ground is counted and managed twice. One finding per
/// overlapping pair, on the later zone, with the earlier one related.
/// </summary>
public sealed class ZoneOverlapRule(GeometrySettings settings) : IRule
{
    public DiagnosticDescriptor Descriptor => GeometryDiagnostics.ZonesOverlap;

    public string Source => "issue: review-grade checking, same-kind zones; DOMAIN.md §2.3 (zones as units of management), C12 (集中开采区 counted per county)";

    public IEnumerable<Diagnostic> Check(RuleContext context) =>
        SameKindOverlaps.Find(SpatialContext.Of(context, settings).Items, p => (p.Item as Zone)?.ZoneKind, KeyZones.Name, Descriptor);
}
