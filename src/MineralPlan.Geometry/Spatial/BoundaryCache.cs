using System.Runtime.CompilerServices;
using MineralPlan.Semantics.Model;

namespace MineralPlan.Geometry.Spatial;

/// <summary>
/// Each plan's boundaries, read once, when a spatial rule first needs them, and kept for as long as the plan (the
/// compilation layer keeps a plan's model while its files are unchanged). A child's edit re-checks the child, and its
/// parents' boundaries are not read again. One cache per host workspace: a host that sees GIS files change makes new
/// rules, and so a new cache.
/// </summary>
internal sealed class BoundaryCache
{
    private readonly ConditionalWeakTable<Plan, SpatialPlan> _own = [];
    private readonly ConditionalWeakTable<Plan, SpatialPlan> _asAncestor = [];
    private int _reads;

    /// <summary>How many readings were made rather than reused.</summary>
    public int Reads => _reads;

    /// <summary>The plan's boundaries as its own check reads them (with its sources, for the findings' spans).</summary>
    public SpatialPlan Own(Plan plan, Func<SpatialPlan> read) => _own.GetValue(plan, _ => Count(read));

    /// <summary>The plan's boundaries as a child's check reads them (valid ones are what counts there).</summary>
    public SpatialPlan AsAncestor(Plan plan, Func<SpatialPlan> read) => _asAncestor.GetValue(plan, _ => Count(read));

    private SpatialPlan Count(Func<SpatialPlan> read)
    {
        Interlocked.Increment(ref _reads);
        return read();
    }
}
