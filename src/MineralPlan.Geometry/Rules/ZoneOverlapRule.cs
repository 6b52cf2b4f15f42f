using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Checking;
using MineralPlan.Geometry.Spatial;
using MineralPlan.Semantics.Model;
using MineralPlan.Semantics.Schema;

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

    // The kind is a ZoneKind's word, and every ZoneKind is a word of Words.ZoneKinds (its [Vocabulary]).
    public IEnumerable<Diagnostic> Check(RuleContext context) =>
        SameKindOverlaps.Find(SpatialContext.Of(context, settings).Items, p => (p.Item as Zone)?.ZoneKind?.Word(),
            kind => new Bilingual(English(kind), Words.ZoneKinds.Find(kind)!.Chinese), Descriptor);

    /// <summary>The kind as an English sentence names it: "concentrated mining zone", but not "national planning area zone".</summary>
    private static string English(string kind) => kind switch
    {
        "national_planning_area" => KeyZones.NationalPlanningArea.En,
        "energy_base" => "energy resource base",
        _ => kind.Replace('_', ' ') + " zone",
    };
}
