using MineralPlan.Geometry.Packed;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace MineralPlan.Tests.Geometry;

/// <summary>The national packed corner-point string (DOMAIN.md §2.10): reading, writing, round trip.</summary>
public sealed class PackedStringTests
{
    [Fact]
    public void Reads_areas_points_and_tails()
    {
        // The sample of mattuylee/block-coordinate-split demo-input.csv, row "beta": two areas, the first with a 0 tail.
        var (areas, error) = PackedReader.Read("2,2,1.48,2.33,3.13,4.13,0,0,0,4,2.33,2.33,1.55,1.55,4.33,4.33,3.12,4.12");
        Assert.Null(error);
        Assert.Equal(2, areas.Length);
        Assert.Equal(0, areas[0].Tail);
        Assert.Equal(4, areas[1].Points.Length);
        Assert.Null(areas[1].Tail);
        Assert.Equal(3.12, areas[1].Points[3].X);
    }

    [Fact]
    public void A_minus_one_tail_marks_a_hole_and_empty_tail_values_are_accepted()
    {
        var (areas, error) = PackedReader.Read("2,4,0,0,10,0,10,10,0,0,,,0,4,1,1,2,1,2,2,1,1,-1,0,0,");
        Assert.Null(error);
        Assert.False(areas[0].IsHole);
        Assert.True(areas[1].IsHole);
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("x,4,0,0", 0)]
    [InlineData("1,4,0,0,1,0", 1)]
    [InlineData("1,2,0,zero,1,1", 3)]
    [InlineData("1,2,0,0,1,1,7", 6)]
    [InlineData("2,2,0,0,1,1", 5)]
    public void Malformed_strings_name_the_value_at_fault(string text, int token)
    {
        var (_, error) = PackedReader.Read(text);
        Assert.NotNull(error);
        Assert.Equal(token, error.Value.Token);
    }

    [Fact]
    public void Writer_and_reader_round_trip_a_multipolygon_with_holes()
    {
        var geometry = new WKTReader().Read(
            "MULTIPOLYGON (((40500000 4500000, 40501000 4500000, 40501000 4501000, 40500000 4501000, 40500000 4500000), (40500100 4500100, 40500200 4500100, 40500200 4500200, 40500100 4500100)), ((40502000 4500000, 40502500.25 4500000, 40502500.25 4500500, 40502000 4500000)))");
        var packed = PackedWriter.Write(geometry);
        Assert.StartsWith("3,5,40500000,4500000,", packed, StringComparison.Ordinal);
        var (areas, error) = PackedReader.Read(packed);
        Assert.Null(error);
        Assert.Equal([false, true, false], areas.Select(a => a.IsHole));
        var again = new GeometryFactory().CreateMultiPolygon([
            Polygon(areas[0], areas[1]),
            Polygon(areas[2]),
        ]);
        Assert.True(geometry.EqualsExact(again));
        Assert.Equal(packed, PackedWriter.Write(again));
    }

    private static Polygon Polygon(PackedArea shell, params PackedArea[] holes)
    {
        var f = new GeometryFactory();
        LinearRing Ring(PackedArea a) => f.CreateLinearRing([.. a.Points.Select(p => new Coordinate(p.X, p.Y))]);
        return f.CreatePolygon(Ring(shell), [.. holes.Select(Ring)]);
    }
}
