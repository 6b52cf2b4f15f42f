using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.Cli;

/// <summary>mplan admit: the bureau's daily question, answered with reasons that name the plan rule.</summary>
public sealed class AdmitTests
{
    [Fact]
    public void A_sand_mine_inside_its_zone_above_the_minimum_is_admissible()
    {
        var result = CliRunner.Run("admit", "plans/skeleton", "tests/MineralPlan.Tests/Cases/admit/sand-ok.mplan");
        Assert.Equal(0, result.ExitCode);
        Baseline.Match(result.Output, "admit/sand-ok.txt");
    }

    [Fact]
    public void An_application_the_plans_set_nothing_about_cannot_be_decided_and_says_what_was_not_checked()
    {
        using var temp = new TempFolder();
        temp.Write("copper.mplan", "申请 a \"铜矿勘查\" { 矿业权: 探矿权 矿种: 铜矿 }");
        var result = CliRunner.RunIn(temp.Path, "admit", Repo.PathOf("plans/skeleton"), "copper.mplan", "--lang", "en");
        Assert.Equal(3, result.ExitCode);
        Assert.StartsWith("铜矿勘查: CANNOT DECIDE under 示例县矿产资源规划（2021～2025年）: no rule of the plans applies", result.Output, StringComparison.Ordinal);
        Assert.Contains("  ? not checked: no plan sets an exploration direction (矿种方向) for 铜矿", result.Output, StringComparison.Ordinal);
        Assert.Contains("  ? not checked: the application names no zone or block (位于)", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("admissible under", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_application_naming_an_unknown_mineral_is_bad_input_MP1021()
    {
        using var temp = new TempFolder();
        temp.Write("x.mplan", "申请 a \"神秘矿\" { 矿业权: 采矿权 矿种: 神秘矿 规模: 5 万吨/年 }");
        var result = CliRunner.RunIn(temp.Path, "admit", Repo.PathOf("plans/skeleton"), "x.mplan", "--lang", "en");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("x.mplan:1:27: error MP1021: '神秘矿' is not in the mineral catalog", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Output);
    }

    [Fact]
    public void Below_the_zone_minimum_is_not_admissible_and_names_the_zone()
    {
        var result = CliRunner.Run("admit", "plans/skeleton", "tests/MineralPlan.Tests/Cases/admit/sand-small.mplan", "--lang", "en");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("NOT admissible", result.Output, StringComparison.Ordinal);
        Assert.Contains("✗ scale 10万立方米/年 is below the minimum 20万立方米/年 of 东山建筑用砂石集中开采区  [skeleton: 东山建筑用砂石集中开采区, plans/skeleton/plan.mplan:", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Outside_a_concentrated_zone_fails_the_double_control()
    {
        var result = CliRunner.Run("admit", "plans/skeleton", "tests/MineralPlan.Tests/Cases/admit/sand-outside.mplan");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("必须位于规划的集中开采区内（双控）", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mineral_the_parent_prohibits_is_refused_with_the_parents_rule()
    {
        using var temp = new TempFolder();
        temp.Write("plans/city/plan.mplan", "规划 city { 标题: \"市规划\" 级别: 市级 行政区: \"甲市\" 基期: 2020 规划期: 2021..2025 展望: 2035 }\n矿种方向 no_clay { 活动: 开采 方向: 禁止 矿种: 砖瓦用黏土 }\n最低开采规模 iron { 矿种: 铁矿 矿山类型: 新建改扩建 值: 30 万吨/年 }\n");
        temp.Write("plans/county/plan.mplan", "规划 county { 标题: \"县规划\" 级别: 县级 行政区: \"乙县\" 上级规划: city 基期: 2020 规划期: 2021..2025 展望: 2035 }\n");
        temp.Write("clay.mplan", "申请 a \"砖厂取土\" { 矿业权: 采矿权 矿种: 砖瓦用粘土 规模: 5 万吨/年 矿山类型: 新建 }");
        temp.Write("iron.mplan", "申请 b \"铁矿\" { 矿业权: 采矿权 矿种: 铁 规模: 200000 吨/年 矿山类型: 新建 }");
        var clay = CliRunner.RunIn(temp.Path, "admit", "plans/county", "clay.mplan", "--lang", "en");
        Assert.Equal(1, clay.ExitCode);
        Assert.Contains("city prohibits 砖瓦用黏土", clay.Output, StringComparison.Ordinal);
        Assert.Contains("plans/city/plan.mplan:2:1", clay.Output, StringComparison.Ordinal);
        var iron = CliRunner.RunIn(temp.Path, "admit", "plans/county", "iron.mplan", "--lang", "en");
        Assert.Equal(1, iron.ExitCode);
        Assert.Contains("scale 200000吨/年 is below the minimum 30万吨/年", iron.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_application_file_is_bad_input_with_a_located_message()
    {
        using var temp = new TempFolder();
        temp.Write("bad.mplan", "申请 a { 矿种: 铁矿 }");
        var result = CliRunner.RunIn(temp.Path, "admit", Repo.PathOf("plans/skeleton"), "bad.mplan", "--lang", "en");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("bad.mplan:1:1: error MP1011", result.Error, StringComparison.Ordinal);
    }
}

public sealed class ApplicationFileTests
{
    [Fact]
    public void A_file_without_an_application_block_is_MP1018()
    {
        var (app, _, diagnostics) = MineralPlan.Semantics.Binding.ApplicationLoader.Parse("指标 a { }", "x.mplan");
        Assert.Null(app);
        Assert.Equal("MP1018", Assert.Single(diagnostics).Code);
    }
}
