using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using MineralPlan.Checking;
using MineralPlan.Geometry.Crs;
using MineralPlan.Geometry.Reading;
using MineralPlan.Semantics.Model;

namespace MineralPlan.Geometry.Spatial;

/// <summary>
/// The geometry of one check, built once and shared by every spatial rule: the plan's boundaries and,
/// when a rule asks, its parents', all in one working plane. The plane is the plan's own Gauss-Krüger
/// system (its region's, else its first zone's or block's), so the common case transforms nothing;
/// plans drawn only in lon/lat work in the Albers equal-area plane for China. Overlap areas are measured
/// in the working plane.
/// </summary>
public sealed class SpatialContext
{
    private static readonly ConditionalWeakTable<RuleContext, SpatialContext> Cache = [];

    private readonly Lazy<ImmutableArray<(Plan Plan, ImmutableArray<Placed> Items)>> _ancestors;

    private SpatialContext(RuleContext context, GeometrySettings settings)
    {
        var store = new FeatureStore();
        Own = settings.Boundaries.Own(context.Plan, () => SpatialPlan.Read(context.Plan, Path.Combine(settings.Root, context.Compilation.Folder), context.Compilation.FindSource, store));
        Plane = Own.All.Where(b => b.IsValid).Select(b => b.Crs).FirstOrDefault(c => c is { Kind: CrsKind.GaussKruger }) ?? CrsSpec.Albers;
        (Region, Items) = Own.PlaceIn(Plane);
        _ancestors = new(() => [.. context.Ancestors.Select(a =>
        {
            // A parent's boundary problems are the parent's findings; here its valid boundaries are enough.
            var folder = Path.Combine(settings.Root, Path.GetDirectoryName(a.Header.Span.File) ?? string.Empty);
            return (a, settings.Boundaries.AsAncestor(a, () => SpatialPlan.Read(a, folder, _ => null, store)).PlaceIn(Plane).Items);
        })]);
    }

    public SpatialPlan Own { get; }

    public CrsSpec Plane { get; }

    public Placed? Region { get; }

    public ImmutableArray<Placed> Items { get; }

    /// <summary>The parents' valid zones and blocks, parent first, in this check's plane.</summary>
    public ImmutableArray<(Plan Plan, ImmutableArray<Placed> Items)> Ancestors => _ancestors.Value;

    public IEnumerable<ResolvedBoundary> OwnBoundaries => Own.All;

    public static SpatialContext Of(RuleContext context, GeometrySettings settings) =>
        Cache.GetValue(context, c => new SpatialContext(c, settings));
}
