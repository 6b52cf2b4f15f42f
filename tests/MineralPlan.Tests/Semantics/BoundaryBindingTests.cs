using MineralPlan.Semantics.Model;
using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.Semantics;

public sealed class BoundaryBindingTests
{
    [Fact]
    public void Rings_holes_packed_strings_and_feature_references_bind()
    {
        var compilation = Compile.Text(Compile.Header + """
            分区 A "甲" { 类型: 集中开采区 坐标系: "CGCS2000 GK3 40" 边界: [[40500000, 4500000, 40501000, 4500000, 40501000, 4501000, 40500000, 4500000], 挖空 = [40500100, 4500100, 40500200, 4500100, 40500200, 4500200, 40500100, 4500100]] }
            区块 B "乙" { 类型: 勘查 边界: "1,4,40500000,4500000,40501000,4500000,40501000,4501000,40500000,4500000,,,0" }
            区块 C "丙" { 类型: 开采 边界: "blocks.geojson#C" }
            """);
        Assert.Empty(compilation.Diagnostics);
        var zone = compilation.Plan!.OfType<Zone>().Single();
        Assert.Equal("CGCS2000 GK3 40", zone.Boundary!.Crs);
        Assert.Equal(2, zone.Boundary.Rings.Length);
        Assert.True(zone.Boundary.Rings[1].IsHole);
        Assert.Equal(4, zone.Boundary.Rings[0].Points.Length);
        Assert.Equal(2, zone.Boundary.Rings[0].Points[1].Span.Line);
        var blocks = compilation.Plan.OfType<PlanningBlock>().ToList();
        Assert.StartsWith("1,4,", blocks[0].Boundary!.Packed, StringComparison.Ordinal);
        Assert.Equal("blocks.geojson#C", blocks[1].Boundary!.FeatureRef);
    }

    [Fact]
    public void A_ring_with_an_odd_number_of_coordinates_is_MP1004()
    {
        var compilation = Compile.Text(Compile.Header + "分区 A { 边界: [[1, 2, 3]] }");
        Assert.Equal("MP1004", Assert.Single(compilation.Diagnostics).Code);
    }
}
