using System.Collections.Immutable;
using MineralPlan.Abstractions.Diagnostics;

namespace MineralPlan.Geometry.Reading;

/// <summary>A corner point as read, with the source span a finding about it points at.</summary>
internal readonly record struct RawPoint(double X, double Y, SourceSpan Span);

/// <summary>A ring as read (rings list or packed string), before it becomes part of a polygon.</summary>
internal sealed record RawRing(ImmutableArray<RawPoint> Points, bool IsHole, SourceSpan Span);
