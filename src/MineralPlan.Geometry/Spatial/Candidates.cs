using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Index.Strtree;

namespace MineralPlan.Geometry.Spatial;

/// <summary>
/// Pairs of boundaries that may overlap, found through an STR-tree (bulk-loaded R-tree): each query costs
/// O(log n + k), so a plan of n blocks is checked in O(n log n), never by comparing every pair.
/// A candidate is confirmed with a prepared-geometry intersects test before any overlay is computed.
/// </summary>
public static class Candidates
{
    /// <summary>Each unordered pair of <paramref name="items"/> whose shapes intersect, as (later, earlier) indexes in source order.</summary>
    public static IEnumerable<(int Later, int Earlier)> Within(IReadOnlyList<Placed> items)
    {
        var tree = new STRtree<int>();
        for (var i = 0; i < items.Count; i++)
        {
            tree.Insert(items[i].Shape.EnvelopeInternal, i);
        }

        tree.Build();
        for (var i = 0; i < items.Count; i++)
        {
            var hits = tree.Query(items[i].Shape.EnvelopeInternal).Where(j => j < i).Order().ToList();
            if (hits.Count == 0)
            {
                continue;
            }

            var prepared = PreparedGeometryFactory.Prepare(items[i].Shape);
            foreach (var j in hits.Where(j => prepared.Intersects(items[j].Shape)))
            {
                yield return (i, j);
            }
        }
    }

    /// <summary>For each of <paramref name="probes"/>, the <paramref name="targets"/> whose shapes intersect it.</summary>
    public static IEnumerable<(int Probe, int Target)> Between(IReadOnlyList<Placed> probes, IReadOnlyList<Placed> targets)
    {
        if (probes.Count == 0 || targets.Count == 0)
        {
            yield break;
        }

        var tree = new STRtree<int>();
        for (var j = 0; j < targets.Count; j++)
        {
            tree.Insert(targets[j].Shape.EnvelopeInternal, j);
        }

        tree.Build();
        for (var i = 0; i < probes.Count; i++)
        {
            var hits = tree.Query(probes[i].Shape.EnvelopeInternal).Order().ToList();
            if (hits.Count == 0)
            {
                continue;
            }

            var prepared = PreparedGeometryFactory.Prepare(probes[i].Shape);
            foreach (var j in hits.Where(j => prepared.Intersects(targets[j].Shape)))
            {
                yield return (i, j);
            }
        }
    }
}
