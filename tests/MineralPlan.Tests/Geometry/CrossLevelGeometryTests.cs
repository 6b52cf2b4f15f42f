using MineralPlan.Tests.Infrastructure;
using static MineralPlan.Tests.Geometry.SpatialCheck;

namespace MineralPlan.Tests.Geometry;

/// <summary>MP4011 and MP4012 through the CLI on a small three-level workspace (parents are sibling folders).</summary>
public sealed class CrossLevelGeometryTests
{
    private const string Years = "基期: 2020 规划期: 2021..2025 展望: 2035";

    private static TempFolder Workspace(string countyItems, string cityItems = "")
    {
        var temp = new TempFolder();
        temp.Write("plans/prov/plan.mplan", $$"""
            规划 prov { 标题: "甲省规划" 级别: 省级 {{Years}} }
            分区 ZK01 "甲省重点勘查区" { 类型: 重点勘查区 级别: 省级 矿种: 金矿 坐标系: "CGCS2000 lonlat" 边界: [[119.7, 40.6, 119.8, 40.6, 119.8, 40.7, 119.7, 40.7, 119.7, 40.6]] }
            分区 GK01 "甲国家规划矿区" { 类型: 国家规划矿区 级别: 国家级 矿种: 铁矿 坐标系: "CGCS2000 GK3 40" 边界: [{{Box(40520000, 4520000, 40521000, 4521000)}}] }

            """);
        temp.Write("plans/city/plan.mplan", $$"""
            规划 city { 标题: "乙市规划" 级别: 市级 上级规划: prov {{Years}} 坐标系: "CGCS2000 GK3 CM120" }
            区块 KC01 "乙市勘查区块" { 类型: 勘查 级别: 市级 矿种: 铜矿 边界: [{{Box(490000, 4485000, 492000, 4486500)}}] }
            {{cityItems}}

            """);
        temp.Write("plans/county/plan.mplan", $$"""
            规划 county { 标题: "丙县规划" 级别: 县级 上级规划: city {{Years}} }
            {{countyItems}}

            """);
        return temp;
    }

    [Fact]
    public void A_concentrated_zone_over_an_ancestors_key_zone_is_MP4011_with_the_overlap_and_both_places()
    {
        using var temp = Workspace($$"""
            分区 ZC01 "丙县集中开采区" { 类型: 集中开采区 坐标系: "CGCS2000 GK3 40" 边界: [{{Box(40481000, 4500000, 40484000, 4502000)}}] }
            分区 ZC02 "丙县另一集中开采区" { 类型: 集中开采区 坐标系: "CGCS2000 GK3 40" 边界: [{{Box(40520500, 4520500, 40522000, 4522000)}}] }
            分区 ZC03 "丙县无冲突集中开采区" { 类型: 集中开采区 坐标系: "CGCS2000 GK3 40" 边界: [{{Box(40530000, 4530000, 40531000, 4531000)}}] }
            """);
        var result = CliRunner.RunIn(temp.Path, "check", "plans/county", "--lang", "en");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("plans/county/plan.mplan:2:54: error MP4011: the concentrated mining zone '丙县集中开采区' overlaps the key exploration zone '甲省重点勘查区' of plan 'prov' by 4.1652 km²", result.Output, StringComparison.Ordinal);
        Assert.Contains("  plans/prov/plan.mplan:2:68: note: the boundary of '甲省重点勘查区' in prov", result.Output, StringComparison.Ordinal);
        Assert.Contains("plans/county/plan.mplan:3:56: error MP4011: the concentrated mining zone '丙县另一集中开采区' overlaps the national planning area '甲国家规划矿区' of plan 'prov' by 0.25 km²", result.Output, StringComparison.Ordinal);
        Assert.Contains("2 error(s)", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_carried_block_keeps_the_upstream_boundary_in_any_coordinate_system_else_MP4012()
    {
        using var temp = Workspace($$"""
            区块 KC01 "乙市勘查区块" { 类型: 勘查 级别: 市级 矿种: 铜矿 落实: 上级.KC01 坐标系: "CGCS2000 GK3 40" 边界: [{{Box(40490000, 4485000, 40492000, 4486500)}}] }
            区块 KC02 "乙市另一勘查区块" { 类型: 勘查 级别: 市级 矿种: 铜矿 落实: 上级.KC02 坐标系: "CGCS2000 GK3 40" 边界: [{{Box(40495200, 4485000, 40497200, 4486500)}}] }
            """, $$"""区块 KC02 "乙市另一勘查区块" { 类型: 勘查 级别: 市级 矿种: 铜矿 边界: [{{Box(495000, 4485000, 497000, 4486500)}}] }""");
        var result = CliRunner.RunIn(temp.Path, "check", "plans/county", "--lang", "en");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("plans/county/plan.mplan:3:78: error MP4012: '乙市另一勘查区块' carries out '乙市另一勘查区块' of plan 'city', but their boundaries differ by 0.6 km² (symmetric difference; tolerance 0.03 km²)", result.Output, StringComparison.Ordinal);
        Assert.Contains("  plans/city/plan.mplan:3:43: note: the boundary of '乙市另一勘查区块' in city", result.Output, StringComparison.Ordinal);
        Assert.Contains("1 error(s)", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_example_workspace_checks_with_exactly_its_designed_findings()
    {
        var codes = new Dictionary<string, string>
        {
            // The examples' exploration blocks (1.9–2.25 km²) are under one basic unit block at 41° N: MP4028 warns on each.
            ["plans/examples/province"] = "MP4028",
            ["plans/examples/city"] = "MP4008 MP4009 MP4028 MP4028",
            ["plans/examples/county"] = "MP4001 MP4002 MP4003 MP4004 MP4005 MP4006 MP4007 MP4008 MP4009 MP4010 MP4011 MP4011 MP4012 MP4013 MP4028 MP4028",
        };
        foreach (var (folder, expected) in codes)
        {
            var result = CliRunner.Run("check", folder, "--format", "json");
            var found = System.Text.RegularExpressions.Regex.Matches(result.Output, "\"code\": ?\"(MP[0-9]{4})\"").Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal);
            Assert.Equal(expected, string.Join(" ", found));
        }
    }
}
