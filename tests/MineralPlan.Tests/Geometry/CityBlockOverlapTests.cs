using static MineralPlan.Tests.Geometry.SpatialCheck;

namespace MineralPlan.Tests.Geometry;

/// <summary>MP4013 (DOMAIN.md C9): a 市级 block must not overlap a 省级-or-higher 重点勘查区/重点开采区.</summary>
public sealed class CityBlockOverlapTests
{
    private static readonly string Key = Box(40495000, 4495000, 40500000, 4500000);

    [Fact]
    public void A_city_block_inside_a_provincial_key_zone_of_the_same_plan_is_MP4013_with_the_overlap_area()
    {
        var findings = Run($$"""
            分区 ZK "省级重点勘查区" { 类型: 重点勘查区 级别: 省级 边界: [{{Key}}] }
            区块 B "市级区块" { 类型: 开采 级别: 市级 边界: [{{Box(40499000, 4499000, 40501000, 4501000)}}] }
            """);
        var finding = Assert.Single(findings);
        Assert.Equal("MP4013@3:29", Where(findings));
        Assert.Contains("1 km²", finding.Message(MineralPlan.Abstractions.Diagnostics.Language.En), StringComparison.Ordinal);
        Assert.Equal(2, Assert.Single(finding.Related).Span.Line);
    }

    [Fact]
    public void Provincial_blocks_city_key_zones_and_touching_boundaries_are_not_MP4013()
    {
        var findings = Run($$"""
            分区 ZK "省级重点开采区" { 类型: 重点开采区 级别: 省级 边界: [{{Key}}] }
            分区 ZS "市级重点开采区" { 类型: 重点开采区 级别: 市级 边界: [{{Box(40490000, 4490000, 40494000, 4494000)}}] }
            区块 P "省级区块" { 类型: 勘查 级别: 省级 边界: [{{Box(40496000, 4496000, 40497000, 4497000)}}] }
            区块 C "市级区块" { 类型: 开采 级别: 市级 边界: [{{Box(40491000, 4491000, 40492000, 4492000)}}] }
            区块 T "相邻市级区块" { 类型: 开采 级别: 市级 边界: [{{Box(40500000, 4495000, 40501000, 4496000)}}] }
            """);
        Assert.DoesNotContain(findings, f => f.Code == "MP4013");
    }
}
