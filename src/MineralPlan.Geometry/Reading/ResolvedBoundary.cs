using System.Collections.Immutable;
using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Geometry.Crs;

namespace MineralPlan.Geometry.Reading;

/// <summary>
/// A boundary read into a polygon in its own coordinate system (<see cref="Native"/>), or the findings that
/// stopped it. A boundary with any finding has no geometry, so the spatial rules never reason about a
/// polygon the planner has not drawn correctly.
/// </summary>
public sealed class ResolvedBoundary(NetTopologySuite.Geometries.Geometry? native, CrsSpec? crs, ImmutableArray<Diagnostic> problems)
{
    private double? _areaKm2;

    public NetTopologySuite.Geometries.Geometry? Native { get; } = native;

    public CrsSpec? Crs { get; } = crs;

    public ImmutableArray<Diagnostic> Problems { get; } = problems;

    public bool IsValid => Native is not null && Crs is not null;

    /// <summary>
    /// The enclosed area in km². Gauss-Krüger input is measured in its own plane (scale 1 on the central
    /// meridian; at a 3° zone's edge the area scale error is below 0.07 %); geographic input is projected to
    /// the Albers equal-area plane for China (CGCS2000, 105°E, parallels 25°N and 47°N) and measured there.
    /// </summary>
    public double AreaKm2 => _areaKm2 ??= Native is null || Crs is null
        ? 0
        : (Crs.IsProjected ? Native : Reprojection.Transform(Native, Crs, CrsSpec.Albers)).Area / 1e6;
}
