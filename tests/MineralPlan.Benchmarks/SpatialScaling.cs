using System.Collections.Immutable;
using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Checking;
using MineralPlan.Geometry;
using MineralPlan.Semantics;
using MineralPlan.Semantics.Model;

namespace MineralPlan.Benchmarks;

/// <summary>
/// One plan of n blocks built directly as a model (no parsing), on a square grid with every 50th block
/// overlapping a neighbour of its kind, so the spatial rules' cost can be measured alone at different n.
/// </summary>
public static class SpatialScaling
{
    public static Compilation Plan(int blocks)
    {
        var side = (int)Math.Ceiling(Math.Sqrt(blocks));
        var span = SourceSpan.None("bench.mplan");
        var items = ImmutableArray.CreateBuilder<PlanItem>(blocks);
        for (var i = 0; i < blocks; i++)
        {
            // 450 m pentagons on a 500 m grid centred on the central meridian (zone 40; 80 000 of them span
            // ±71 km), every 50th widened over the next block of its kind (MP4009).
            var x = 40_500_000m - (side * 250m) + (i % side * 500m);
            var y = 4_400_000m + (i / side * 500m);
            var w = i % 50 == 7 ? 1_300m : 450m;
            decimal[] ring = [x, y, x + w, y, x + w, y + 450m, x + 225m, y + 470m + (i % 7), x, y + 450m, x, y];
            var points = ImmutableArray.CreateBuilder<BoundaryPoint>(ring.Length / 2);
            for (var p = 0; p < ring.Length; p += 2)
            {
                points.Add(new BoundaryPoint(ring[p], ring[p + 1], span));
            }

            items.Add(new PlanningBlock
            {
                Kind = "block",
                Id = "B" + i,
                Name = null,
                Span = span,
                BlockKind = i % 2 == 0 ? BlockKind.Exploration : BlockKind.Mining,
                Boundary = new Boundary([new BoundaryRing(points.MoveToImmutable(), false, span)], null, null, "CGCS2000 GK3 40", span),
            });
        }

        var header = new PlanHeader { Id = "bench", Span = span, Level = PlanLevel.County };
        return new Compilation("bench", [], new Plan(header, items.MoveToImmutable(), [], ["bench.mplan"]), []);
    }

    public static ImmutableArray<Diagnostic> Check(Compilation plan, string root) =>
        PlanChecker.Check(plan, [], GeometryRules.Create(root));
}
