using System.Collections.Immutable;
using MineralPlan.Geometry.Crs;
using MineralPlan.Geometry.Reading;
using MineralPlan.Semantics.Model;
using MineralPlan.Syntax;

namespace MineralPlan.Geometry.Spatial;

/// <summary>Every boundary of one plan, read once: the plan's region (its header's 边界) and its zones' and blocks'.</summary>
public sealed class SpatialPlan
{
    private SpatialPlan(Plan plan, (string Name, ResolvedBoundary Boundary)? region, ImmutableArray<(PlanItem Item, Boundary Source, ResolvedBoundary Boundary)> items)
    {
        Plan = plan;
        Region = region;
        Items = items;
    }

    public Plan Plan { get; }

    public (string Name, ResolvedBoundary Boundary)? Region { get; }

    public ImmutableArray<(PlanItem Item, Boundary Source, ResolvedBoundary Boundary)> Items { get; }

    public IEnumerable<ResolvedBoundary> All => (Region is { } r ? [r.Boundary] : Enumerable.Empty<ResolvedBoundary>()).Concat(Items.Select(i => i.Boundary));

    /// <summary>Reads every boundary of <paramref name="plan"/>; GIS files are found relative to <paramref name="folder"/>.</summary>
    public static SpatialPlan Read(Plan plan, string folder, Func<string, SourceText?> sources) => Read(plan, folder, sources, new FeatureStore());

    internal static SpatialPlan Read(Plan plan, string folder, Func<string, SourceText?> sources, FeatureStore store)
    {
        var header = plan.Header;
        var regionName = header.Region ?? header.Title ?? header.Id;
        var noCrs = new BoundaryResolver(folder, sources, store, null);
        var region = header.Boundary is { } hb ? noCrs.Resolve(regionName, hb) : null;
        var resolver = new BoundaryResolver(folder, sources, store, CrsSpec.Parse(header.Boundary?.Crs));
        var items = ImmutableArray.CreateBuilder<(PlanItem, Boundary, ResolvedBoundary)>();
        foreach (var item in plan.Items)
        {
            var boundary = item switch { Zone z => z.Boundary, PlanningBlock b => b.Boundary, Project p => p.Boundary, _ => null };
            if (boundary is not null)
            {
                items.Add((item, boundary, resolver.Resolve(item.DisplayName, boundary)));
            }
        }

        return new SpatialPlan(plan, region is null ? null : (regionName, region), items.ToImmutable());
    }

    /// <summary>The valid boundaries moved into <paramref name="plane"/>.</summary>
    public (Placed? Region, ImmutableArray<Placed> Items) PlaceIn(CrsSpec plane)
    {
        Placed? region = Region is { Boundary: { Native: { } rn, Crs: { } rc } rb } r && Plan.Header.Boundary is { } hb
            ? new Placed(null, r.Name, hb.Span, rb, Reprojection.Transform(rn, rc, plane))
            : null;
        var items = ImmutableArray.CreateBuilder<Placed>(Items.Length);
        foreach (var (item, source, boundary) in Items)
        {
            if (boundary is { Native: { } native, Crs: { } crs })
            {
                items.Add(new Placed(item, item.DisplayName, source.Span, boundary, Reprojection.Transform(native, crs, plane)));
            }
        }

        return (region, items.ToImmutable());
    }
}
