using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Checking;
using MineralPlan.Geometry.Spatial;
using MineralPlan.Semantics.Model;
using MineralPlan.Semantics.Units;

namespace MineralPlan.Geometry.Rules;

/// <summary>
/// A declared 面积 agrees with the area the boundary encloses (measured as <see cref="Reading.ResolvedBoundary.AreaKm2"/>
/// states), within <see cref="Tolerances.AreaKm2"/>: 1 % or 0.01 km², whichever is larger.
/// </summary>
public sealed class AreaMismatchRule(GeometrySettings settings) : IRule
{
    public DiagnosticDescriptor Descriptor => GeometryDiagnostics.AreaMismatch;

    public string Source => "ARCHITECTURE.md checks: declared area vs area computed from the boundary; DOMAIN.md §1.6 附表3/5 (区块面积 with 拐点坐标)";

    public IEnumerable<Diagnostic> Check(RuleContext context)
    {
        foreach (var placed in SpatialContext.Of(context, settings).Items)
        {
            var area = placed.Item switch { Zone z => z.Area, PlanningBlock b => b.Area, _ => null };
            if (area?.Unit is not { Dimension: Dimension.Area, PerYear: false })
            {
                continue;
            }

            var declared = (double)area.BaseValue;
            var computed = placed.Boundary.AreaKm2;
            var tolerance = Tolerances.AreaKm2(computed);
            if (Math.Abs(declared - computed) > tolerance)
            {
                yield return Diagnostic.Create(Descriptor, area.Span, placed.Name, Tolerances.Km2(declared), Tolerances.Km2(computed),
                        Tolerances.Km2(Math.Abs(declared - computed)), Tolerances.Km2(tolerance))
                    .WithRelated(Related.Here(placed)) with
                {
                    Derivation = new Derivation(
                        [new DerivationInput(area.Display, area.Span), new DerivationInput(Tolerances.Km2(computed) + " km² measured", placed.Span)], "−",
                        $"= {Tolerances.Km2(Math.Abs(declared - computed))} km² > {Tolerances.Km2(tolerance)} km² allowed"),
                };
            }
        }
    }
}
