using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Geometry.Spatial;

namespace MineralPlan.Geometry.Rules;

/// <summary>
/// The pass MP4009 (blocks) and MP4027 (zones) share: the plan's items grouped by kind, every same-kind pair whose
/// overlap exceeds <see cref="Tolerances.OverlapKm2"/>, one finding on the later item with the earlier one related.
/// </summary>
internal static class SameKindOverlaps
{
    /// <param name="kindOf">An item's kind, or null when it is not of the family checked.</param>
    /// <param name="describe">The kind as the message names it (the descriptor's {1}).</param>
    public static IEnumerable<Diagnostic> Find<TKind>(IEnumerable<Placed> items, Func<Placed, TKind?> kindOf, Func<TKind, Bilingual> describe, DiagnosticDescriptor descriptor)
        where TKind : struct, Enum
    {
        foreach (var group in items.SelectMany(p => kindOf(p) is { } kind ? [(Placed: p, Kind: kind)] : Array.Empty<(Placed Placed, TKind Kind)>())
            .GroupBy(p => p.Kind, p => p.Placed))
        {
            var members = group.ToList();
            var kind = describe(group.Key);
            foreach (var (later, earlier) in Candidates.Within(members))
            {
                var overlap = Overlay.IntersectionKm2(members[later].Shape, members[earlier].Shape);
                if (overlap > Tolerances.OverlapKm2)
                {
                    yield return Diagnostic.Create(descriptor, members[later].Span, members[later].Name, kind, members[earlier].Name, Tolerances.Km2(overlap))
                        .WithRelated(Related.Here(members[earlier]));
                }
            }
        }
    }
}
