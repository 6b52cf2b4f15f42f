using System.Collections.Immutable;
using MineralPlan.Abstractions.Diagnostics;

namespace MineralPlan.Semantics.Model;

/// <summary>
/// A place's boundary as the plan writes it: rings of corner points (拐点坐标; the first ring of each
/// polygon is its shell, a ring marked as hole follows its shell), or the packed corner-point string
/// of national mineral-right records (DOMAIN.md §2.10), or a feature in a GIS file. The coordinate
/// system (坐标系) says how to read the numbers. Geometry (MineralPlan.Geometry) turns it into polygons.
/// </summary>
public sealed record Boundary(
    ImmutableArray<BoundaryRing> Rings,
    string? Packed,
    string? FeatureRef,
    string? Crs,
    SourceSpan Span);

/// <summary>One ring: its points with the span of each point, so invalid geometry is reported at the coordinate.</summary>
public sealed record BoundaryRing(ImmutableArray<BoundaryPoint> Points, bool IsHole, SourceSpan Span);

public sealed record BoundaryPoint(decimal X, decimal Y, SourceSpan Span);
