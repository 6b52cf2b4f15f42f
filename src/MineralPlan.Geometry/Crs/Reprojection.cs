using NetTopologySuite.Geometries;

namespace MineralPlan.Geometry.Crs;

/// <summary>Moves geometries between coordinate systems, coordinate by coordinate.</summary>
public static class Reprojection
{
    /// <summary>A copy of <paramref name="geometry"/> in <paramref name="to"/>; the same instance when the systems are equal.</summary>
    public static NetTopologySuite.Geometries.Geometry Transform(NetTopologySuite.Geometries.Geometry geometry, CrsSpec from, CrsSpec to)
    {
        if (from == to)
        {
            return geometry;
        }

        var copy = geometry.Copy();
        copy.Apply(new TransformFilter(Projections.Between(from, to)));
        copy.GeometryChanged();
        return copy;
    }

    /// <summary>One point from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static (double X, double Y) Point(double x, double y, CrsSpec from, CrsSpec to)
    {
        if (from == to)
        {
            return (x, y);
        }

        Projections.Between(from, to).Transform(ref x, ref y);
        return (x, y);
    }

    private sealed class TransformFilter(ProjNet.CoordinateSystems.Transformations.MathTransform transform) : IEntireCoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq)
        {
            for (var i = 0; i < seq.Count; i++)
            {
                var x = seq.GetX(i);
                var y = seq.GetY(i);
                transform.Transform(ref x, ref y);
                seq.SetX(i, x);
                seq.SetY(i, y);
            }
        }
    }
}
