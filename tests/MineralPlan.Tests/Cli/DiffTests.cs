using System.Text.Json;
using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.Cli;

/// <summary>mplan diff: semantic changes between two versions, as a 修改对照表; formatting alone changes nothing.</summary>
public sealed class DiffTests
{
    private static readonly string Skeleton = File.ReadAllText(Repo.PathOf("plans/skeleton/plan.mplan"));

    [Fact]
    public void Changed_indicator_added_zone_changed_area_and_paragraph_are_reported()
    {
        using var temp = new TempFolder();
        temp.Write("old/plan.mplan", Skeleton);
        temp.Write("new/plan.mplan", Skeleton
            .Replace("值: <= 30 个", "值: <= 28 个", StringComparison.Ordinal)
            .Replace("面积: 1.25 km2", "面积: 1.5 km2", StringComparison.Ordinal)
            .Replace("规划期末矿山总量", "到2025年矿山总量", StringComparison.Ordinal)
            + "\n分区 ZC02 \"西山集中开采区\" { 类型: 集中开采区 面积: 0.5 km2 }\n");
        var result = CliRunner.RunIn(temp.Path, "diff", "old", "new");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("| 指标“矿山数量” Value | ≤30个 | ≤28个 | 修改 |", result.Output, StringComparison.Ordinal);
        Assert.Contains("面积增加 0.25 km²", result.Output, StringComparison.Ordinal);
        Assert.Contains("| 分区“西山集中开采区” | — | 0.5km2 | 新增 |", result.Output, StringComparison.Ordinal);
        Assert.Contains("修改段落", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_formatting_only_change_gives_an_empty_diff()
    {
        using var temp = new TempFolder();
        temp.Write("old/plan.mplan", Skeleton);
        temp.Write("new/plan.mplan", "// reformatted\n" + Skeleton.Replace("\n    ", "\n  ", StringComparison.Ordinal).Replace(": ", "：", StringComparison.Ordinal));
        var md = CliRunner.RunIn(temp.Path, "diff", "old", "new");
        Assert.Contains("无实质性修改。", md.Output, StringComparison.Ordinal);
        var json = CliRunner.RunIn(temp.Path, "diff", "old", "new", "--format", "json");
        Assert.Equal(0, JsonDocument.Parse(json.Output).RootElement.GetArrayLength());
    }

    [Fact]
    public void A_missing_folder_is_bad_input()
    {
        Assert.Equal(2, CliRunner.Run("diff", "plans/skeleton", "plans/nope").ExitCode);
    }
}
