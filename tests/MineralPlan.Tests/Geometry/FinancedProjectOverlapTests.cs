using MineralPlan.Abstractions.Diagnostics;

namespace MineralPlan.Tests.Geometry;

/// <summary>MP4029 (C16): a block over a provincial or national financed exploration project.</summary>
public sealed class FinancedProjectOverlapTests
{
    private static string Plan(string level = "省级", string kind = "勘查", double projectX = 40500500) => $$"""
        项目 P01 "甲钼矿勘查项目（省）" {
            类型: "{{kind}}"
            级别: {{level}}
            边界: [{{SpatialCheck.Box(projectX, 4500000, projectX + 2000, 4502000)}}]
        }

        区块 KC01 "甲区块" {
            类型: 开采
            矿种: 钼矿
            边界: [{{SpatialCheck.Box(40500000, 4500000, 40501000, 4501000)}}]
        }
        """;

    [Fact]
    public void A_block_over_a_provincial_exploration_project_is_a_warning_with_the_project_as_related()
    {
        var finding = Assert.Single(SpatialCheck.Run(Plan()), d => d.Code == "MP4029");
        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Equal("区块“甲区块”与规划“t”的省级财政出资勘查项目“甲钼矿勘查项目（省）”重叠 0.5 km²；该范围内须待项目结束并经同意后方可出让商业性矿业权：请在区块中写明（或以“例外”说明），或调整区块", finding.Message(Language.Zh));
        Assert.Equal(5, Assert.Single(finding.Related).Span.Line);   // the project's 边界
    }

    [Theory]
    [InlineData("市级", "勘查", 40500500)]   // not provincial money
    [InlineData("省级", "开发", 40500500)]   // not an exploration project
    [InlineData("省级", "勘查", 40501000)]   // only touching
    public void Near_misses_are_quiet(string level, string kind, double projectX) =>
        Assert.DoesNotContain(SpatialCheck.Run(Plan(level, kind, projectX)), d => d.Code == "MP4029");

    [Fact]
    public void A_project_reaching_beyond_the_region_is_not_itself_outside_the_region() =>
        Assert.DoesNotContain(SpatialCheck.Run(Plan(projectX: 40509000)), d => d.Code == "MP4010");

    [Theory]
    [InlineData("../../x.geojson#A")]
    [InlineData("/etc/passwd#A")]
    public void A_projects_boundary_outside_the_workspace_is_refused_like_any_other(string reference)
    {
        var finding = Assert.Single(SpatialCheck.Run($$"""
            项目 P01 "甲项目" {
                类型: "勘查"
                级别: 省级
                边界: "{{reference}}"
            }
            """), d => d.Code == "MP4023");
        Assert.Contains("甲项目", finding.Message(Language.En), StringComparison.Ordinal);
    }
}
