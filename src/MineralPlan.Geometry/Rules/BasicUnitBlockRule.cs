using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Checking;
using MineralPlan.Geometry.Crs;
using MineralPlan.Geometry.Spatial;
using MineralPlan.Semantics.Model;

namespace MineralPlan.Geometry.Rules;

/// <summary>
/// An exploration block covers at least one basic unit block (基本单位区块: 经差 1′ × 纬差 1′) (DOMAIN.md §3 C15). The
/// unit's area depends on latitude: 1′ of latitude is about 1.852 km and 1′ of longitude 1.8553 km × cos φ on the
/// CGCS2000 ellipsoid (a = 6378.137 km), so about 2.57 km² at 41.5° N; measured at the block's centroid, with the
/// 1 % area tolerance of the other area checks.
/// </summary>
public sealed class BasicUnitBlockRule(GeometrySettings settings) : IRule
{
    public DiagnosticDescriptor Descriptor => GeometryDiagnostics.BelowBasicUnit;

    public string Source => "DOMAIN.md §3 C15 (区块面积 ≥ 1 基本单位区块; both seeds; 临沂)";

    /// <summary>The area of a 1′ × 1′ cell at a latitude, in km².</summary>
    public static double UnitKm2(double latitude) => 1.852 * 1.8553 * Math.Cos(latitude * Math.PI / 180);

    public IEnumerable<Diagnostic> Check(RuleContext context)
    {
        foreach (var placed in SpatialContext.Of(context, settings).Items)
        {
            if (placed.Item is not PlanningBlock { BlockKind: BlockKind.Exploration } || placed.Boundary is not { IsValid: true, Native: { } native, Crs: { } crs })
            {
                continue;
            }

            var centre = native.Centroid;
            var (_, latitude) = Reprojection.Point(centre.X, centre.Y, crs, CrsSpec.LonLat);
            var unit = UnitKm2(latitude);
            var area = placed.Boundary.AreaKm2;
            if (area < unit * 0.99)
            {
                yield return Diagnostic.Create(Descriptor, placed.Span, placed.Name, Tolerances.Km2(area), Tolerances.Km2(unit),
                    latitude.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture));
            }
        }
    }
}
