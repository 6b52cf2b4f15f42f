using MineralPlan.Semantics.Diff;
using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.Semantics;

/// <summary>
/// The rows of a 修改对照表 through the library API: each row's kind (what a JSON report and the renderer group by),
/// subject, before, after and remark, for a header change, items added and removed, and paragraphs added, changed
/// and removed.
/// </summary>
public sealed class PlanDiffTests
{
    private static readonly string Skeleton = File.ReadAllText(Repo.PathOf("plans/skeleton/plan.mplan"));

    private static IReadOnlyList<PlanChange> Diff(string after, DiffWords? words = null) =>
        PlanDiff.Compare(Compile.Text(Skeleton).Plan!, Compile.Text(after).Plan!, words: words);

    [Fact]
    public void A_changed_header_field_is_a_header_row()
    {
        var row = Assert.Single(Diff(Skeleton.Replace("示例县矿产资源规划（2021～2025年）", "示例县矿产资源总体规划（2021～2025年）", StringComparison.Ordinal)));
        Assert.Equal(("header", "规划 标题", "示例县矿产资源规划（2021～2025年）", "示例县矿产资源总体规划（2021～2025年）", "修改"),
            (row.Kind, row.Subject, row.Before, row.After, row.Remark));
        Assert.Equal("plan header outlook", Assert.Single(Diff(Skeleton.Replace("2035", "2030", StringComparison.Ordinal), DiffWords.En)).Subject);
    }

    [Fact]
    public void An_added_zone_is_summed_up_by_its_area_and_minimum_scale_and_a_removed_item_by_its_value()
    {
        var rows = Diff(Skeleton.Replace("指标 mine_cap", "指标 mine_max", StringComparison.Ordinal)
            + "\n分区 ZC02 \"西山集中开采区\" { 类型: 集中开采区 面积: 0.5 km2 最低规模: 10 万立方米/年 }\n");

        var added = Assert.Single(rows, r => r.Kind == "added" && r.Subject.Contains("西山", StringComparison.Ordinal));
        Assert.Equal(("分区“西山集中开采区”", null, "0.5km2，10万立方米/年", "新增"), (added.Subject, added.Before, added.After, added.Remark));
        var removed = Assert.Single(rows, r => r.Kind == "removed");
        Assert.Equal(("指标“矿山数量”", "≤30个", null, "删除"), (removed.Subject, removed.Before, removed.After, removed.Remark));
        Assert.Single(rows, r => r.Kind == "added" && r.Subject == "指标“矿山数量”");
    }

    [Fact]
    public void Paragraphs_added_changed_and_removed_are_paragraph_rows_keyed_by_heading_and_place()
    {
        const string paragraph = "    段: \"截止2020年底，全县共有矿山{mines2020}，其中大中型{mines2020.大中型}。规划期末矿山总量控制在{mine_cap.value}个以内。\"";
        var added = Assert.Single(Diff(Skeleton.Replace(paragraph, paragraph + "\n    段: \"新增一段。\"", StringComparison.Ordinal)));
        Assert.Equal(("paragraph", "规划目标 第2段", null, "新增一段。", "新增段落"), (added.Kind, added.Subject, added.Before, added.After, added.Remark));
        Assert.Null(added.Marked);

        var removed = Assert.Single(Diff(Skeleton.Replace(paragraph, string.Empty, StringComparison.Ordinal)));
        Assert.Equal(("paragraph", "规划目标 第1段", null, "删除段落"), (removed.Kind, removed.Subject, removed.After, removed.Remark));
        Assert.StartsWith("截止2020年底", removed.Before, StringComparison.Ordinal);

        var changed = Assert.Single(Diff(Skeleton.Replace("截止2020年底", "截至2020年底", StringComparison.Ordinal)));
        Assert.Equal(("paragraph", "修改段落"), (changed.Kind, changed.Remark));
        Assert.StartsWith("截【至】2020年底", changed.Marked!.Value.After, StringComparison.Ordinal);
        Assert.StartsWith("截【止】2020年底", changed.Marked!.Value.Before, StringComparison.Ordinal);
    }
}
