using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Checking;
using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.Checking;

/// <summary>MP2024 (C13: a 集中开采区 holds at least a medium deposit) and MP2025 (C18/C19: who approves the plan).</summary>
public sealed class ApprovalAndReservesTests
{
    private const string City = "规划 city { 标题: \"甲市矿产资源总体规划\" 级别: 市级 行政区: \"甲市\" 基期: 2020 规划期: 2021..2025 展望: 2035 }\n";
    private const string County = "规划 county { 标题: \"乙县矿产资源规划\" 级别: 县级 行政区: \"乙县\" 上级规划: city 基期: 2020 规划期: 2021..2025 展望: 2035 }\n";

    private static string Zone(string reserves) => $$"""
        分区 ZC01 "甲村建筑石料用灰岩集中开采区" {
            类型: 集中开采区
            矿种: 建筑石料用灰岩
            {{reserves}}
        }
        """;

    [Fact]
    public void A_concentrated_zone_below_a_medium_deposit_is_a_warning_at_its_reserves()
    {
        var finding = Assert.Single(Compile.Diagnostics(Zone("资源储量: 800 万立方米")), d => d.Code == "MP2024");
        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Equal("集中开采区“甲村建筑石料用灰岩集中开采区”资源储量为 800万立方米，小于中型规模（1000万立方米）；集中开采区原则上应达到中型以上，请扩大或合并，或说明理由", finding.Message(Language.Zh));
    }

    [Theory]
    [InlineData("资源储量: 1000 万立方米")]   // exactly medium
    [InlineData("资源量: 0.12 亿立方米")]     // above, in another unit
    [InlineData("资源储量: >= 500 万立方米")] // a lower bound says nothing against it
    [InlineData("资源储量: > 500 万立方米")]
    [InlineData("资源储量: 800 万立方米/年")]  // a rate, not a reserve
    [InlineData("资源储量: 800 万吨")]        // a tonnage: no density to convert it
    [InlineData("")]                           // not stated
    public void At_or_above_a_medium_deposit_or_not_comparable_is_quiet(string reserves) =>
        Assert.DoesNotContain("MP2024", Compile.Codes(Compile.Diagnostics(Zone(reserves))));

    private static IReadOnlyList<Diagnostic> CountyText(string paragraph)
    {
        var parent = Compile.Text(City, "parent.mplan");
        var child = Compile.Text(County + "章 \"保障措施\" {\n    段: \"" + paragraph + "\"\n}\n", "child.mplan");
        return [.. PlanChecker.Check(child, [parent.Plan!])];
    }

    [Theory]
    [InlineData("《规划》经乙县自然资源局审查批准后实施。", "乙县自然资源局")]
    [InlineData("《规划》经辽宁省自然资源厅批准，由乙县人民政府发布实施。", "辽宁省自然资源厅")]
    [InlineData("确需调整规划的，由乙县人民政府批准。", "乙县人民政府")]
    public void A_county_plan_approved_by_another_than_the_city_bureau_is_reported_at_the_authority(string paragraph, string authority)
    {
        var finding = Assert.Single(CountyText(paragraph), d => d.Code == "MP2025");
        Assert.Equal($"正文称本县级规划由{authority}批准，但县级规划及其调整应由甲市自然资源局批准；请改为该机关（或“原批准机关”）", finding.Message(Language.Zh));
        Assert.Equal(authority.Length, finding.Span.Length);
    }

    [Theory]
    [InlineData("《规划》经甲市自然资源局审查批准，由乙县人民政府发布实施。")]
    [InlineData("确需调整的，必须经过评估，报原审批机关批准。")]
    [InlineData("探矿权由乙县自然资源局批准。")]   // not the plan: a right
    public void The_right_authority_or_another_matter_is_quiet(string paragraph) =>
        Assert.DoesNotContain("MP2025", Compile.Codes(CountyText(paragraph)));

    [Fact]
    public void A_city_plan_is_approved_by_the_province_department() =>
        Assert.Contains("MP2025", Compile.Codes(Compile.Diagnostics(
            City + "章 \"附则\" {\n    段: \"《规划》经甲市人民政府批准后实施。\"\n}\n", withHeader: false)));

    [Theory]
    [InlineData("规划实施情况良好。探矿权由乙县自然资源局批准。")]    // 规划 in the sentence before
    [InlineData("探矿权由乙县自然资源局批准。规划实施情况良好。")]    // … and after
    [InlineData("规划实施情况良好；探矿权由乙县自然资源局批准；")]
    public void Only_the_sentence_of_the_approval_decides_what_is_approved(string paragraph) =>
        Assert.DoesNotContain("MP2025", Compile.Codes(CountyText(paragraph)));

    [Theory]
    [InlineData("项目已完成。《规划》经乙县人民政府批准；探矿权另行办理。")]
    [InlineData("调整规划的，由乙县人民政府批准")]   // a sentence running to the end of the paragraph
    public void The_plans_sentence_among_others_is_judged(string paragraph) =>
        Assert.Single(CountyText(paragraph), d => d.Code == "MP2025");

    [Fact]
    public void The_city_bureau_of_planning_is_the_right_authority_too() =>
        Assert.DoesNotContain("MP2025", Compile.Codes(CountyText("《规划》经甲市自然资源和规划局批准后实施。")));

    [Theory]
    [InlineData("《规划》经丙市自然资源局批准后实施。", "")]              // without a parent, any city bureau
    [InlineData("《规划》经乙县人民政府批准后实施。", "市自然资源局")]
    public void Without_a_parent_plan_the_kind_of_authority_is_judged(string paragraph, string expected)
    {
        var findings = Compile.Diagnostics(County.Replace("上级规划: city ", string.Empty, StringComparison.Ordinal) + "章 \"附则\" {\n    段: \"" + paragraph + "\"\n}\n", withHeader: false)
            .Where(d => d.Code == "MP2025").ToList();
        Assert.Equal(expected, findings.Count == 0 ? string.Empty : findings[0].Args[2]);
    }

    [Fact]
    public void A_city_plan_names_the_provincial_department_in_its_finding()
    {
        var finding = Assert.Single(Compile.Diagnostics(City + "章 \"附则\" {\n    段: \"《规划》经甲市人民政府批准后实施。\"\n}\n", withHeader: false), d => d.Code == "MP2025");
        Assert.Equal("正文称本市级规划由甲市人民政府批准，但市级规划及其调整应由省自然资源厅批准；请改为该机关（或“原批准机关”）", finding.Message(Language.Zh));
        Assert.DoesNotContain("MP2025", Compile.Codes(Compile.Diagnostics(City + "章 \"附则\" {\n    段: \"《规划》经辽宁省自然资源厅批准后实施。\"\n}\n", withHeader: false)));
    }

    [Fact]
    public void A_provincial_plans_approval_is_not_judged() =>
        Assert.DoesNotContain("MP2025", Compile.Codes(Compile.Diagnostics(
            "规划 p { 标题: \"甲省矿产资源总体规划\" 级别: 省级 行政区: \"甲省\" 基期: 2020 规划期: 2021..2025 展望: 2035 }\n章 \"附则\" {\n    段: \"《规划》经甲省人民政府批准后实施。\"\n}\n", withHeader: false)));

    [Theory]
    [InlineData("资源储量: 999.9 万立方米")]
    [InlineData("资源储量: <= 900 万立方米")]   // at most: below medium whatever it is
    [InlineData("资源储量: 9000000 立方米")]
    public void Just_below_a_medium_deposit_is_reported(string reserves) =>
        Assert.Contains("MP2024", Compile.Codes(Compile.Diagnostics(Zone(reserves))));

    [Fact]
    public void Only_a_concentrated_zone_is_held_to_a_medium_deposit() =>
        Assert.DoesNotContain("MP2024", Compile.Codes(Compile.Diagnostics(Zone("资源储量: 800 万立方米").Replace("类型: 集中开采区", "类型: 重点开采区", StringComparison.Ordinal))));
}
