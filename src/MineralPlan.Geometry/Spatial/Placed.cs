using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Geometry.Reading;
using MineralPlan.Semantics.Model;

namespace MineralPlan.Geometry.Spatial;

/// <summary>
/// A valid boundary placed in the working plane of one check: its owner (an item, or null for the plan's
/// own region), the name findings use, where its 边界 is written, and its shape in that plane.
/// </summary>
public sealed record Placed(PlanItem? Item, string Name, SourceSpan Span, ResolvedBoundary Boundary, NetTopologySuite.Geometries.Geometry Shape);
