using MineralPlan.Geometry.Crs;
using MineralPlan.Geometry.Reading;
using NetTopologySuite.IO;

namespace MineralPlan.Tests.Geometry;

public sealed class CrsTests
{
    [Theory]
    [InlineData("CGCS2000 GK3 39", "CGCS2000 GK3 39", 117d, 39_500_000d)]
    [InlineData("cgcs2000  gk3  CM117", "CGCS2000 GK3 CM117", 117d, 500_000d)]
    [InlineData("GK3 40", "CGCS2000 GK3 40", 120d, 40_500_000d)]
    [InlineData("CGCS2000 lonlat", "CGCS2000 lonlat", 0d, 500_000d)]
    public void Parses_the_three_spellings(string text, string canonical, double meridian, double falseEasting)
    {
        var crs = CrsSpec.Parse(text);
        Assert.NotNull(crs);
        Assert.Equal(canonical, crs.Text);
        Assert.Equal(meridian, crs.CentralMeridian);
        Assert.Equal(falseEasting, crs.FalseEasting);
    }

    [Theory]
    [InlineData("WGS84")]
    [InlineData("CGCS2000 GK3 12")]
    [InlineData("CGCS2000 GK3 CM118")]
    [InlineData("CGCS2000 GK6 20")]
    public void Rejects_what_it_does_not_know(string text) => Assert.Null(CrsSpec.Parse(text));

    [Fact]
    public void The_central_meridian_maps_to_the_false_easting()
    {
        var (lon, lat) = Reprojection.Point(40_500_000, 4_500_000, CrsSpec.GaussKrugerZone(40), CrsSpec.LonLat);
        Assert.Equal(120, lon, 9);
        Assert.InRange(lat, 40.63, 40.64);
        var (x, y) = Reprojection.Point(lon, lat, CrsSpec.LonLat, CrsSpec.GaussKrugerMeridian(120));
        Assert.Equal(500_000, x, 4);
        Assert.Equal(4_500_000, y, 4);
    }

    [Fact]
    public void Zone_and_meridian_forms_differ_only_by_the_prefix()
    {
        var (x, y) = Reprojection.Point(40_512_345.6, 4_511_111.1, CrsSpec.GaussKrugerZone(40), CrsSpec.GaussKrugerMeridian(120));
        Assert.Equal(512_345.6, x, 6);
        Assert.Equal(4_511_111.1, y, 6);
    }

    [Fact]
    public void Geographic_areas_are_measured_in_the_Albers_plane_and_agree_with_the_Gauss_Kruger_plane()
    {
        // A 10 km square on the central meridian, measured in the GK plane and again after a trip through lon/lat.
        var square = new WKTReader().Read("POLYGON ((40495000 4495000, 40505000 4495000, 40505000 4505000, 40495000 4505000, 40495000 4495000))");
        var gk = new ResolvedBoundary(square, CrsSpec.GaussKrugerZone(40), []);
        var lonLat = Reprojection.Transform(square, CrsSpec.GaussKrugerZone(40), CrsSpec.LonLat);
        var geographic = new ResolvedBoundary(lonLat, CrsSpec.LonLat, []);
        Assert.Equal(100, gk.AreaKm2, 9);
        Assert.Equal(100, geographic.AreaKm2, 1);
    }
}

public sealed class DecimalConversionTests
{
    [Theory]
    [InlineData("40500000")]
    [InlineData("4500000.25")]
    [InlineData("-0.1")]
    [InlineData("120.123456789")]
    [InlineData("0.0066666666666666666666666667")]
    [InlineData("79228162514264337593543950335")]
    public void Coordinates_convert_to_the_nearest_double(string text)
    {
        var value = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(double.Parse(text, System.Globalization.CultureInfo.InvariantCulture), MineralPlan.Geometry.Reading.BoundaryResolver.ToDouble(value));
    }
}
