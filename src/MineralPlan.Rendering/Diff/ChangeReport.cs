using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using MineralPlan.Rendering.ViewModel;
using MineralPlan.Semantics.Diff;

namespace MineralPlan.Rendering.Diff;

/// <summary>
/// The 修改对照表 of <c>mplan diff</c>: one row per change (序号 · 项目 · 修改前 · 修改后 · 说明), the
/// table a plan's revision is submitted with. One layout for Markdown and Word.
/// </summary>
public static class ChangeReport
{
    public static string Title(DiffWords words) => words.English ? "Table of changes (修改对照表)" : "修改对照表";

    public static ImmutableArray<string> Header(DiffWords words) => words.English
        ? ["No.", "Item", "Before", "After", "Remark"]
        : ["序号", "项目", "修改前", "修改后", "说明"];

    public static string Caption(string before, string after, DiffWords words) =>
        words.English ? $"Before: {before}   After: {after}" : $"修改前：{before}　修改后：{after}";

    public static string NoChanges(DiffWords words) => words.English ? "No substantive changes." : "无实质性修改。";

    public static ImmutableArray<ImmutableArray<string>> Rows(IReadOnlyList<PlanChange> changes) =>
        [.. changes.Select((c, i) => ImmutableArray.Create((i + 1).ToString(CultureInfo.InvariantCulture), c.Subject,
            c.Marked?.Before ?? c.Before ?? "—", c.Marked?.After ?? c.After ?? "—", c.Remark))];

    public static string Markdown(IReadOnlyList<PlanChange> changes, string before, string after, DiffWords? words = null)
    {
        words ??= DiffWords.Zh;
        var text = new StringBuilder();
        text.Append("# ").Append(Title(words)).Append("\n\n").Append(MarkdownText.Escape(Caption(before, after, words))).Append("\n\n");
        if (changes.Count == 0)
        {
            return text.Append(NoChanges(words)).Append('\n').ToString();
        }

        var header = Header(words);
        text.Append("| ").AppendJoin(" | ", header).Append(" |\n|").Append(string.Concat(header.Select(_ => " --- |"))).Append('\n');
        foreach (var row in Rows(changes))
        {
            text.Append("| ").AppendJoin(" | ", row.Select(MarkdownText.Cell)).Append(" |\n");
        }

        return text.ToString();
    }


    public static TableGrid Grid(IReadOnlyList<PlanChange> changes, DiffWords? words = null) => TableGrid.Plain(Header(words ?? DiffWords.Zh), Rows(changes));
}
