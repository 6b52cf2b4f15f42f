using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Geometry.Rules;

namespace MineralPlan.Tests.Geometry;

/// <summary>MP4028 (C15): an exploration block covers at least one basic unit block (1′ × 1′).</summary>
public sealed class BasicUnitBlockTests
{
    // The test header's region is GK zone 40 (central meridian 120°E) around northing 4 500 km: about 40.6° N.
    private static string Block(string kind, double side) => $$"""
        区块 KC01 "甲区块" {
            类型: {{kind}}
            矿种: 金矿
            边界: [{{SpatialCheck.Box(40495000, 4495000, 40495000 + side, 4495000 + side)}}]
        }
        """;

    [Theory]
    [InlineData(40.6, 2.6089)]
    [InlineData(0, 3.4360)]
    [InlineData(53, 2.0679)]
    public void The_unit_shrinks_with_the_cosine_of_latitude(double latitude, double km2) =>
        Assert.Equal(km2, BasicUnitBlockRule.UnitKm2(latitude), 3);

    [Fact]
    public void A_one_kilometre_square_exploration_block_is_below_one_unit()
    {
        var finding = Assert.Single(SpatialCheck.Run(Block("勘查", 1000), basicUnit: true), d => d.Code == "MP4028");
        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.StartsWith("勘查规划区块“甲区块”面积 1 km²，小于 1 个基本单位区块（经差 1′ × 纬差 1′，北纬 40.6° 处约 2.6", finding.Message(Language.Zh), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("勘查", 1620)]   // 2.62 km²: just over one unit at 40.6° N
    [InlineData("勘查", 2000)]
    [InlineData("开采", 1000)]   // a mining block is not measured in exploration units
    public void One_unit_or_more_or_a_mining_block_is_quiet(string kind, double side) =>
        Assert.DoesNotContain(SpatialCheck.Run(Block(kind, side), basicUnit: true), d => d.Code == "MP4028");

    [Fact]
    public void Just_under_one_unit_fires() =>
        Assert.Contains(SpatialCheck.Run(Block("勘查", 1590), basicUnit: true), d => d.Code == "MP4028");   // 2.53 km² < 0.99 × 2.61
}
