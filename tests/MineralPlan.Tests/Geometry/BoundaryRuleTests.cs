using static MineralPlan.Tests.Geometry.SpatialCheck;

namespace MineralPlan.Tests.Geometry;

/// <summary>Reading boundaries (MP4001–MP4007) and the spatial rules inside one plan (MP4008–MP4010), each triggered and not.</summary>
public sealed class BoundaryRuleTests
{
    private static readonly string Unit = Box(40500000, 4500000, 40501000, 4501000);

    [Fact]
    public void A_valid_ring_a_hole_a_packed_string_and_a_lonlat_block_are_clean()
    {
        var findings = Run($$"""
            分区 A "甲" { 类型: 集中开采区 面积: 0.99 km2 边界: [{{Unit}}, 挖空 = {{Box(40500100, 4500100, 40500200, 4500200)}}] }
            区块 B "乙" { 类型: 开采 面积: 1 km2 边界: "1,5,40502000,4500000,40503000,4500000,40503000,4501000,40502000,4501000,40502000,4500000,0,0,0" }
            区块 C "丙" { 类型: 勘查 坐标系: "CGCS2000 lonlat" 边界: [[120.05, 40.63, 120.06, 40.63, 120.06, 40.64, 120.05, 40.63]] }
            区块 D "丁" { 类型: 勘查 坐标系: "CGCS2000 GK3 CM120" 边界: [{{Box(495000, 4495000, 496000, 4496000)}}] }
            """);
        Assert.Empty(findings);
    }

    [Fact]
    public void An_unclosed_ring_is_MP4001_at_its_last_point()
    {
        var findings = Run("""区块 B { 类型: 开采 边界: [[40500000, 4500000, 40501000, 4500000, 40501000, 4501000]] }""");
        Assert.Equal("MP4001@2:59", Where(findings));
    }

    [Fact]
    public void A_ring_of_two_points_is_MP4002_at_the_ring()
    {
        var findings = Run("""区块 B { 类型: 开采 边界: [[40500000, 4500000, 40501000, 4500000, 40500000, 4500000]] }""");
        Assert.Equal("MP4002@2:20", Where(findings));
    }

    [Fact]
    public void A_bow_tie_is_MP4003_at_the_point_starting_the_crossing_edge()
    {
        var findings = Run("""区块 B { 类型: 开采 边界: [[40500000, 4500000, 40501000, 4501000, 40501000, 4500000, 40500000, 4501000, 40500000, 4500000]] }""");
        Assert.Equal("MP4003@2:59", Where(findings));
        Assert.Contains("edges cross at (40500500, 4500500)", findings[0].Message(Abstractions.Diagnostics.Language.En), StringComparison.Ordinal);
    }

    [Fact]
    public void A_hole_outside_its_shell_is_MP4003()
    {
        var findings = Run($$"""区块 B { 类型: 开采 边界: [{{Unit}}, 挖空 = {{Box(40503000, 4500000, 40503100, 4500100)}}] }""");
        Assert.Equal("MP4003", Assert.Single(findings).Code);
    }

    [Theory]
    [InlineData("""坐标系: "CGCS2000 GK3 40" 边界: [[41500000, 4500000, 40501000, 4500000, 40501000, 4501000, 41500000, 4500000]]""", "zone prefix is 41")]
    [InlineData("""坐标系: "CGCS2000 GK3 CM120" 边界: [[700000, 4500000, 701000, 4500000, 701000, 4501000, 700000, 4500000]]""", "from the central meridian")]
    [InlineData("""坐标系: "CGCS2000 lonlat" 边界: [[40.6, 120.1, 40.7, 120.1, 40.7, 120.2, 40.6, 120.1]]""", "not in China")]
    [InlineData("""坐标系: "CGCS2000 GK3 40" 边界: [[4500000, 40500000, 4501000, 40500000, 4501000, 40501000, 4500000, 40500000]]""", "zone prefix is 4,")]
    public void A_coordinate_outside_its_zone_is_MP4004(string boundary, string why)
    {
        var finding = Assert.Single(Run($$"""区块 B { 类型: 开采 {{boundary}} }"""));
        Assert.Equal("MP4004", finding.Code);
        Assert.Contains(why, finding.Message(Abstractions.Diagnostics.Language.En), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_or_missing_coordinate_system_is_MP4005()
    {
        var header = """规划 t { 标题: "测试县矿产资源规划" 级别: 县级 基期: 2020 规划期: 2021..2025 展望: 2035 }""" + "\n";
        var findings = Run($$"""
            区块 A { 类型: 开采 坐标系: "Xian80" 边界: [{{Unit}}] }
            区块 B { 类型: 开采 边界: [{{Box(500000, 4500000, 501000, 4501000)}}] }
            区块 C { 类型: 开采 边界: [{{Unit}}] }
            """, header);
        Assert.Equal("MP4005@2:29 MP4005@3:15", Where(findings));
    }

    [Fact]
    public void A_malformed_packed_string_is_MP4006_at_the_value()
    {
        var findings = Run("""区块 B { 类型: 开采 边界: "1,4,40500000,4500000,40501000,4500000,40501000,x,40500000,4500000" }""");
        Assert.Equal("MP4006@2:67", Where(findings));
    }

    [Fact]
    public void A_missing_feature_is_MP4007()
    {
        var findings = Run("""区块 B { 类型: 开采 边界: "missing.geojson#B" }""");
        Assert.Equal("MP4007@2:15", Where(findings));
    }

    [Theory]
    [InlineData("1.5 km2", "MP4008@2:19")]
    [InlineData("1.009 km2", "")]
    [InlineData("100 公顷", "")]
    [InlineData("1500 亩", "")]
    [InlineData("1600 亩", "MP4008@2:19")]
    public void A_declared_area_must_match_the_boundary_within_1_percent_or_0_01_km2(string area, string expected)
    {
        var findings = Run($$"""区块 B { 类型: 开采 面积: {{area}} 边界: [{{Unit}}] }""");
        Assert.Equal(expected, Where(findings));
    }

    [Fact]
    public void Overlapping_blocks_of_one_kind_are_MP4009_once_per_pair_with_the_other_as_related()
    {
        var findings = Run($$"""
            区块 A "甲" { 类型: 勘查 边界: [{{Unit}}] }
            区块 B "乙" { 类型: 勘查 边界: [{{Box(40500500, 4500500, 40501500, 4501500)}}] }
            区块 C "丙" { 类型: 开采 边界: [{{Unit}}] }
            区块 D "丁" { 类型: 勘查 边界: [{{Box(40501500, 4500000, 40502500, 4501000)}}] }
            """);
        var finding = Assert.Single(findings);
        Assert.Equal("MP4009@3:19", Where(findings));
        Assert.Contains("by 0.25 km²", finding.Message(Abstractions.Diagnostics.Language.En), StringComparison.Ordinal);
        Assert.Equal(2, Assert.Single(finding.Related).Span.Line);
    }

    [Fact]
    public void A_block_outside_the_region_is_MP4010_and_one_on_the_border_is_not()
    {
        var findings = Run($$"""
            区块 A "甲" { 类型: 勘查 边界: [{{Box(40509000, 4500000, 40511000, 4501000)}}] }
            区块 B "乙" { 类型: 开采 边界: [{{Box(40509000, 4500000, 40510000, 4501000)}}] }
            """);
        var finding = Assert.Single(findings);
        Assert.Equal("MP4010@2:19", Where(findings));
        Assert.Contains("1 km² outside", finding.Message(Abstractions.Diagnostics.Language.En), StringComparison.Ordinal);
    }

    [Fact]
    public void A_feature_reference_reads_the_GeoJSON_beside_the_plan()
    {
        using var temp = new Infrastructure.TempFolder();
        temp.Write("p/plan.mplan", ZoneHeader + """区块 B "乙" { 类型: 开采 面积: 1 km2 边界: "gis/b.geojson#B" }""" + "\n");
        temp.Write("p/gis/b.geojson", """
            {"type": "FeatureCollection", "坐标系": "CGCS2000 GK3 40", "features": [
              {"type": "Feature", "id": "B", "properties": {}, "geometry": {"type": "Polygon", "coordinates": [[[40500000, 4500000], [40501000, 4500000], [40501000, 4501000], [40500000, 4501000], [40500000, 4500000]]]}}]}
            """);
        var result = Infrastructure.CliRunner.RunIn(temp.Path, "check", "p", "--lang", "en");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("0 error(s)", result.Output, StringComparison.Ordinal);
    }
}

public sealed class BoundaryEdgeCaseTests
{
    [Theory]
    [InlineData("边界: [[]]")]
    [InlineData("边界: [挖空 = [40500000, 4500000, 40501000, 4500000, 40501000, 4501000, 40500000, 4500000]]")]
    [InlineData("边界: \"1,1,40500000\"")]
    [InlineData("边界: \"\"")]
    [InlineData("边界: \"x.geojson#\"")]
    [InlineData("坐标系: \"CGCS2000 GK3 40\"")]
    public void Odd_boundaries_are_findings_or_nothing_never_an_internal_error(string boundary)
    {
        var findings = SpatialCheck.Run($$"""区块 B { 类型: 开采 {{boundary}} }""");
        Assert.DoesNotContain(findings, d => d.Code == "MP9001");
    }
}
