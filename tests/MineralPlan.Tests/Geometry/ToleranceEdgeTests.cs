using static MineralPlan.Tests.Geometry.SpatialCheck;

namespace MineralPlan.Tests.Geometry;

/// <summary>
/// Every spatial tolerance on both sides of its edge (Tolerances: areas agree within 1 % or 0.01 km², whichever
/// is larger; overlaps and parts outside count above 100 m²): just over fires, just under stays quiet.
/// </summary>
public sealed class ToleranceEdgeTests
{
    // 1 km² and 10 km² squares in the header's GK3 zone 40.
    private static readonly string OneKm2 = Box(40500000, 4500000, 40501000, 4501000);
    private static readonly string TenKm2 = Box(40500000, 4500000, 40502000, 4505000);

    [Theory]
    [InlineData("1.0101", true)]   // 0.0101 over 1 km²: beyond the 0.01 km² floor
    [InlineData("1.0099", false)]
    [InlineData("0.9899", true)]
    [InlineData("0.9901", false)]
    public void The_absolute_area_floor_of_a_small_block_is_0_01_km2(string declared, bool fires)
    {
        var findings = Run($$"""区块 B "乙" { 类型: 开采 面积: {{declared}} km2 边界: [{{OneKm2}}] }""");
        Assert.Equal(fires ? "MP4008@2:23" : string.Empty, Where(findings));
    }

    [Theory]
    [InlineData("10.101", true)]   // 1 % of 10 km² is 0.1 km²
    [InlineData("10.099", false)]
    [InlineData("9.899", true)]
    [InlineData("9.901", false)]
    public void The_relative_area_tolerance_of_a_large_block_is_one_percent(string declared, bool fires)
    {
        var findings = Run($$"""区块 B "乙" { 类型: 开采 面积: {{declared}} km2 边界: [{{TenKm2}}] }""");
        Assert.Equal(fires ? "MP4008@2:23" : string.Empty, Where(findings));
    }

    [Theory]
    [InlineData(0.11, true)]    // a 0.11 m strip along 1000 m: 110 m²
    [InlineData(0.09, false)]   // 90 m²: touching, not overlapping
    public void Blocks_of_a_kind_overlap_only_above_100_m2(double strip, bool fires)
    {
        var second = Box(40501000 - strip, 4500000, 40502000, 4501000);
        var findings = Run($$"""
            区块 A "甲" { 类型: 开采 边界: [{{OneKm2}}] }
            区块 B "乙" { 类型: 开采 边界: [{{second}}] }
            """);
        Assert.Equal(fires ? "MP4009@3:19" : string.Empty, Where(findings));
    }

    [Fact]
    public void Blocks_of_different_kinds_may_overlap()
    {
        var findings = Run($$"""
            区块 A "甲" { 类型: 开采 边界: [{{OneKm2}}] }
            区块 B "乙" { 类型: 勘查 边界: [{{Box(40500500, 4500000, 40501500, 4501000)}}] }
            """);
        Assert.Empty(findings);
    }

    [Theory]
    [InlineData(0.11, true)]    // 110 m² of the block lies outside the county
    [InlineData(0.09, false)]
    public void A_part_outside_the_region_counts_only_above_100_m2(double strip, bool fires)
    {
        // The header's county ends at x = 40510000.
        var block = Box(40509000, 4500000, 40510000 + strip, 4501000);
        var findings = Run($$"""分区 Z "丙" { 类型: 集中开采区 边界: [{{block}}] }""");
        Assert.Equal(fires ? "MP4010@2:22" : string.Empty, Where(findings));
    }

    [Theory]
    [InlineData("集中开采区", "集中开采区", 0.11, "MP4027@3:22")]     // 110 m² shared by two 集中开采区
    [InlineData("集中开采区", "集中开采区", 0.09, "")]                // 90 m²: touching
    [InlineData("重点勘查区", "重点勘查区", 500, "MP4027@3:22")]
    [InlineData("集中开采区", "重点开采区", 500, "")]                 // different kinds: not this rule
    public void Zones_of_a_kind_overlap_only_above_100_m2(string first, string second, double strip, string expected)
    {
        var other = Box(40501000 - strip, 4500000, 40502000, 4501000);
        var findings = Run($$"""
            分区 A "甲" { 类型: {{first}} 边界: [{{OneKm2}}] }
            分区 B "乙" { 类型: {{second}} 边界: [{{other}}] }
            """);
        Assert.Equal(expected, Where(findings.Where(f => f.Code == "MP4027")));
    }

    [Theory]
    [InlineData("开采", "the mining block '乙' overlaps '甲'", "开采规划区块“乙”与“甲”重叠")]
    [InlineData("勘查", "the exploration block '乙' overlaps '甲'", "勘查规划区块“乙”与“甲”重叠")]
    public void An_overlap_names_the_kind_of_the_blocks_in_both_languages(string kind, string en, string zh)
    {
        var findings = Run($$"""
            区块 A "甲" { 类型: {{kind}} 边界: [{{OneKm2}}] }
            区块 B "乙" { 类型: {{kind}} 边界: [{{Box(40500500, 4500000, 40501500, 4501000)}}] }
            """);
        var overlap = Assert.Single(findings, f => f.Code == "MP4009");
        Assert.StartsWith(en, overlap.Message(MineralPlan.Abstractions.Diagnostics.Language.En), StringComparison.Ordinal);
        Assert.StartsWith(zh, overlap.Message(MineralPlan.Abstractions.Diagnostics.Language.Zh), StringComparison.Ordinal);
        Assert.Equal("0.5", overlap.Args[3]);
    }
}
