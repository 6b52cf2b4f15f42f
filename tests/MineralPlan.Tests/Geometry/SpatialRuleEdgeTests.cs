using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Checking;
using MineralPlan.Geometry;
using MineralPlan.Tests.Infrastructure;
using static MineralPlan.Tests.Geometry.SpatialCheck;

namespace MineralPlan.Tests.Geometry;

/// <summary>
/// What the spatial rules say and where, beyond whether they fire: the derivation of MP4008, the related place of a
/// finding against an upper plan's item, the level a zone takes from its plan, and the kind names in both languages.
/// Each test answers one mutant the 2026-12-02 Stryker run left alive (README "Mutation testing").
/// </summary>
public sealed class SpatialRuleEdgeTests
{
    private static readonly string OneKm2 = Box(40500000, 4500000, 40501000, 4501000);

    // A 市级 block over the east half of OneKm2.
    private static readonly string CityBlock = $$"""区块 B "市级区块" { 类型: 开采 级别: 市级 边界: [{{Box(40500500, 4500000, 40501500, 4501000)}}] }""";

    // A province-level parent in the child's coordinate system; {0} is its body.
    private const string ParentHeader = """
        规划 prov { 标题: "甲省矿产资源规划" 级别: 省级 基期: 2020 规划期: 2021..2025 展望: 2035 坐标系: "CGCS2000 GK3 40" }

        """;

    private const string CityParentHeader = """
        规划 prov { 标题: "甲市矿产资源规划" 级别: 市级 基期: 2020 规划期: 2021..2025 展望: 2035 坐标系: "CGCS2000 GK3 40" }

        """;

    private static IReadOnlyList<Diagnostic> RunUnder(string parentBody, string childBody, string parentHeader = ParentHeader)
    {
        var parent = Compile.Text(parentHeader + parentBody, "parent.mplan");
        Assert.Empty(parent.Diagnostics);
        var child = Compile.Text(ZoneHeader + childBody, "child.mplan");
        Assert.Empty(child.Diagnostics);
        return [.. DiagnosticOrder.Sort(PlanChecker.Check(child, [parent.Plan!], GeometryRules.Create(Repo.Root))).Where(d => d.Code != "MP4028")];
    }

    private static string Texts(Diagnostic finding) => string.Join(" | ", finding.Args);

    [Theory]
    [InlineData("1.2", "1.2", "0.2")]     // declared above the boundary's area
    [InlineData("0.8", "0.8", "0.2")]     // below it: the difference is still positive
    public void MP4008_states_both_areas_their_difference_and_the_tolerance_and_derives_them(string declared, string declaredShown, string difference)
    {
        var finding = Assert.Single(Run($$"""区块 B "乙" { 类型: 开采 面积: {{declared}} km2 边界: [{{OneKm2}}] }"""));
        Assert.Equal($"乙 | {declaredShown} | 1 | {difference} | 0.01", Texts(finding));
        Assert.Equal($"'乙' declares 面积 {declaredShown} km², but its boundary encloses 1 km² (difference {difference} km², more than the tolerance 0.01 km²); correct the area or the boundary",
            finding.Message(Language.En));
        Assert.Matches($@"^{declared} ?km2 \(test\.mplan:2:\d+\) − 1 km² measured \(test\.mplan:2:\d+\) = {difference} km² > 0\.01 km² allowed$", finding.Derivation!.Text);
        Assert.Equal("“乙”的边界", Assert.Single(finding.Related).MessageZh);
    }

    [Fact]
    public void A_key_zone_the_plan_carries_from_above_is_counted_once_as_the_upper_plans()
    {
        var findings = RunUnder($$"""分区 ZK "甲省重点勘查区" { 类型: 重点勘查区 级别: 省级 边界: [{{OneKm2}}] }""", $$"""
            分区 ZK "甲省重点勘查区" { 类型: 重点勘查区 级别: 省级 落实: 上级.ZK 边界: [{{OneKm2}}] }
            {{CityBlock}}
            """);
        var finding = Assert.Single(findings, d => d.Code == "MP4013");
        Assert.Equal("prov", finding.Args[3]);
        var related = Assert.Single(finding.Related);
        Assert.Equal("parent.mplan", related.Span.File);
        Assert.Equal("上级规划 prov 中“甲省重点勘查区”的边界", related.MessageZh);
        Assert.Equal("the city-level block '市级区块' overlaps the key exploration zone '甲省重点勘查区' of plan 'prov' by 0.5 km²; blocks of minerals the city grants must stay out of key exploration/mining zones of provincial or national level: move the block's boundary",
            finding.Message(Language.En));
    }

    [Fact]
    public void A_key_zone_a_lower_plan_draws_itself_is_its_own_even_under_a_parent()
    {
        var findings = RunUnder(string.Empty, $$"""
            分区 ZK "省级重点开采区" { 类型: 重点开采区 级别: 省级 边界: [{{OneKm2}}] }
            {{CityBlock}}
            """);
        var finding = Assert.Single(findings, d => d.Code == "MP4013");
        Assert.Equal("t", finding.Args[3]);
        var related = Assert.Single(finding.Related);
        Assert.Equal("child.mplan", related.Span.File);
        Assert.Equal("“省级重点开采区”的边界", related.MessageZh);
        Assert.StartsWith("市级区块“市级区块”与规划“t”的省级以上重点开采区“省级重点开采区”重叠 0.5 km²", finding.Message(Language.Zh), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_parent_a_carried_key_zone_is_the_plans_own()
    {
        var findings = Run($$"""
            分区 ZK "甲省重点勘查区" { 类型: 重点勘查区 级别: 省级 落实: 上级.ZK 边界: [{{OneKm2}}] }
            {{CityBlock}}
            """);
        Assert.Equal("MP4013@3:29", Where(findings.Where(d => d.Code == "MP4013")));
    }

    [Theory]
    [InlineData(ParentHeader, "MP4013@2:29")]   // a zone without 级别 in a provincial plan is provincial
    [InlineData(CityParentHeader, "")]          // … in a city plan, city-level
    public void A_zone_without_its_own_level_takes_its_plans(string parentHeader, string expected)
    {
        var findings = RunUnder($$"""分区 ZK "无级别重点勘查区" { 类型: 重点勘查区 边界: [{{OneKm2}}] }""",
            CityBlock, parentHeader);
        Assert.Equal(expected, Where(findings.Where(d => d.Code == "MP4013")));
    }

    [Fact]
    public void A_national_planning_area_is_not_a_key_zone_a_city_block_must_avoid()
    {
        var findings = RunUnder($$"""分区 GK "甲国家规划矿区" { 类型: 国家规划矿区 级别: 国家级 边界: [{{OneKm2}}] }""",
            CityBlock);
        Assert.DoesNotContain(findings, d => d.Code == "MP4013");
    }

    [Fact]
    public void A_block_over_an_upper_plans_financed_project_names_that_plan_and_its_boundary()
    {
        var findings = RunUnder($$"""项目 P01 "甲省勘查项目" { 类型: "勘查" 级别: 省级 边界: [{{Box(40500500, 4500000, 40502500, 4502000)}}] }""",
            $$"""区块 KC01 "甲区块" { 类型: 开采 矿种: 钼矿 边界: [{{OneKm2}}] }""");
        var finding = Assert.Single(findings, d => d.Code == "MP4029");
        Assert.Equal("甲区块 | 省级 | 甲省勘查项目 | prov | 0.5", Texts(finding));
        var related = Assert.Single(finding.Related);
        Assert.Equal("parent.mplan", related.Span.File);
        Assert.Equal("the boundary of '甲省勘查项目' in prov", related.MessageEn);
    }

    [Fact]
    public void A_financed_project_of_the_plan_itself_is_related_here()
    {
        var findings = RunUnder(string.Empty, $$"""
            项目 P01 "本县勘查项目" { 类型: "勘查" 级别: 国家级 边界: [{{Box(40500500, 4500000, 40502500, 4502000)}}] }
            区块 KC01 "甲区块" { 类型: 开采 矿种: 钼矿 边界: [{{OneKm2}}] }
            """);
        var finding = Assert.Single(findings, d => d.Code == "MP4029");
        Assert.Equal("t", finding.Args[3]);
        Assert.Equal("国家级", finding.Args[1]);
        var related = Assert.Single(finding.Related);
        Assert.Equal("child.mplan", related.Span.File);
        Assert.Equal("the boundary of '本县勘查项目'", related.MessageEn);
    }

    [Fact]
    public void A_project_without_a_kind_is_not_a_financed_exploration_project()
    {
        var findings = Run($$"""
            项目 P01 "无类型项目" { 级别: 省级 边界: [{{Box(40500500, 4500000, 40502500, 4502000)}}] }
            区块 KC01 "甲区块" { 类型: 开采 矿种: 钼矿 边界: [{{OneKm2}}] }
            """);
        Assert.Empty(findings);
    }

    [Theory]
    [InlineData("集中开采区", "the concentrated mining zone '乙' overlaps '甲' by 0.5 km²", "集中开采区“乙”与“甲”重叠 0.5 km²")]
    [InlineData("矿业经济发展区", "the mining economy zone '乙' overlaps '甲' by 0.5 km²", "矿业经济发展区“乙”与“甲”重叠 0.5 km²")]
    [InlineData("国家规划矿区", "the national planning area '乙' overlaps '甲' by 0.5 km²", "国家规划矿区“乙”与“甲”重叠 0.5 km²")]
    [InlineData("能源资源基地", "the energy resource base '乙' overlaps '甲' by 0.5 km²", "能源资源基地“乙”与“甲”重叠 0.5 km²")]
    public void Overlapping_zones_of_a_kind_are_named_by_that_kind_in_both_languages(string kind, string en, string zh)
    {
        var finding = Assert.Single(Run($$"""
            分区 A "甲" { 类型: {{kind}} 边界: [{{OneKm2}}] }
            分区 B "乙" { 类型: {{kind}} 边界: [{{Box(40500500, 4500000, 40501500, 4501000)}}] }
            """), d => d.Code == "MP4027");
        Assert.StartsWith(en, finding.Message(Language.En), StringComparison.Ordinal);
        Assert.StartsWith(zh, finding.Message(Language.Zh), StringComparison.Ordinal);
    }

    [Fact]
    public void A_concentrated_zone_over_an_upper_national_planning_area_names_it_in_both_languages()
    {
        var findings = RunUnder($$"""分区 GK "甲国家规划矿区" { 类型: 国家规划矿区 级别: 国家级 边界: [{{OneKm2}}] }""",
            $$"""分区 ZC "丙集中开采区" { 类型: 集中开采区 边界: [{{Box(40500500, 4500000, 40501500, 4501000)}}] }""");
        var finding = Assert.Single(findings, d => d.Code == "MP4011");
        Assert.StartsWith("the concentrated mining zone '丙集中开采区' overlaps the national planning area '甲国家规划矿区' of plan 'prov' by 0.5 km²",
            finding.Message(Language.En), StringComparison.Ordinal);
        Assert.StartsWith("集中开采区“丙集中开采区”与上级规划“prov”的国家规划矿区“甲国家规划矿区”重叠 0.5 km²", finding.Message(Language.Zh), StringComparison.Ordinal);
    }
}
