using System.Collections.Immutable;

namespace MineralPlan.Geometry.Packed;

/// <summary>One area of a packed corner-point string: its points and whether its tail marks it a hole.</summary>
/// <param name="Points">x, y and the index of the x token (for locating the point in the source).</param>
/// <param name="Tail">The tail's first value when present: 0 (main area) or -1 (hole, 挖空区); null without a tail.</param>
/// <param name="CountToken">Index of the token holding this area's point count.</param>
public sealed record PackedArea(ImmutableArray<PackedPoint> Points, int? Tail, int CountToken)
{
    public bool IsHole => Tail == -1;
}

/// <summary>A corner point of a packed string, with the token index of its x value.</summary>
public readonly record struct PackedPoint(double X, double Y, int Token);
