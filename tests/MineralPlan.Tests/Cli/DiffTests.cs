using System.Diagnostics;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.Cli;

/// <summary>mplan diff: semantic changes between two versions, as a 修改对照表; formatting alone changes nothing.</summary>
public sealed class DiffTests
{
    private static readonly string Skeleton = File.ReadAllText(Repo.PathOf("plans/skeleton/plan.mplan"));

    [Fact]
    public void A_changed_entry_of_a_list_is_shown_alone_under_its_Chinese_field_name()
    {
        using var temp = new TempFolder();
        temp.Write("old/plan.mplan", Skeleton);
        temp.Write("new/plan.mplan", Skeleton.Replace("小型 = 19 个", "小型 = 18 个", StringComparison.Ordinal)
            .Replace("最低规模: 20 万立方米/年", "最低规模: 30 万立方米/年", StringComparison.Ordinal));
        var result = CliRunner.RunIn(temp.Path, "diff", "old", "new");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("| 1 | 现状“矿山数量” 组成（小型） | 19个 | 18个 | 修改 |", result.Output, StringComparison.Ordinal);
        Assert.Contains("| 分区“东山建筑用砂石集中开采区” 最低规模 | 20万立方米/年 | 30万立方米/年 |", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("大中型", result.Output, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\((LabelledQuantity|Quantity|Reference)\)|Parts|Label:", result.Output);
    }

    [Fact]
    public void A_changed_kind_or_level_is_shown_as_the_plan_writes_it()
    {
        using var temp = new TempFolder();
        temp.Write("old/plan.mplan", Skeleton);
        temp.Write("new/plan.mplan", Skeleton.Replace("    类型: 集中开采区", "    类型: 重点开采区", StringComparison.Ordinal));

        var zh = CliRunner.RunIn(temp.Path, "diff", "old", "new");
        var en = CliRunner.RunIn(temp.Path, "diff", "old", "new", "--lang", "en");

        Assert.Contains("| 集中开采区 | 重点开采区 |", zh.Output, StringComparison.Ordinal);
        Assert.Contains(@"| concentrated\_mining | key\_mining |", en.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("ConcentratedMining", zh.Output + en.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_paragraph_is_compared_as_it_reads_with_the_changed_figure_marked()
    {
        using var temp = new TempFolder();
        temp.Write("old/plan.mplan", Skeleton);
        temp.Write("new/plan.mplan", Skeleton.Replace("值: <= 30 个", "值: <= 28 个", StringComparison.Ordinal));
        var result = CliRunner.RunIn(temp.Path, "diff", "old", "new");
        Assert.Equal(0, result.ExitCode);
        // The text holds {mine_cap.value}: its reading changes with the indicator, and the figure is what is marked.
        Assert.Contains("规划期末矿山总量控制在【30】个以内。 | 截止2020年底，全县共有矿山26个，其中大中型7个。规划期末矿山总量控制在【28】个以内。 | 修改段落 |", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("{mine_cap.value}", result.Output, StringComparison.Ordinal);
    }

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
        Assert.Contains("| 指标“矿山数量” 值 | ≤30个 | ≤28个 | 修改 |", result.Output, StringComparison.Ordinal);
        Assert.Contains("面积增加 0.25 km²", result.Output, StringComparison.Ordinal);
        Assert.Contains("| 分区“西山集中开采区” | — | 0.5km2 | 新增 |", result.Output, StringComparison.Ordinal);
        Assert.Contains("修改段落", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Lang_en_switches_the_table_its_fields_and_remarks_to_English_in_markdown_json_and_docx_and_keeps_plan_text()
    {
        using var temp = new TempFolder();
        temp.Write("old/plan.mplan", Skeleton);
        temp.Write("new/plan.mplan", Skeleton
            .Replace("小型 = 19 个", "小型 = 18 个", StringComparison.Ordinal)
            .Replace("最低规模: 20 万立方米/年", "最低规模: 30 万立方米/年", StringComparison.Ordinal)
            .Replace("面积: 1.25 km2", "面积: 1.5 km2", StringComparison.Ordinal)
            .Replace("值: <= 30 个", "值: <= 28 个", StringComparison.Ordinal));
        var md = CliRunner.RunIn(temp.Path, "diff", "old", "new", "--lang", "en");
        Assert.Equal(0, md.ExitCode);
        Assert.StartsWith("# Table of changes (修改对照表)\n\nBefore: old   After: new\n\n| No. | Item | Before | After | Remark |", md.Output, StringComparison.Ordinal);
        Assert.Contains("| fact “矿山数量” parts (小型) | 19个 | 18个 | changed |", md.Output, StringComparison.Ordinal);
        Assert.Contains("| indicator “矿山数量” value | ≤30个 | ≤28个 | changed |", md.Output, StringComparison.Ordinal);
        Assert.Contains("zone “东山建筑用砂石集中开采区” min scale | 20万立方米/年 | 30万立方米/年 | admission tightened |", md.Output, StringComparison.Ordinal);
        Assert.Contains("zone “东山建筑用砂石集中开采区” area | 1.25km2 | 1.5km2 | area increased by 0.25 km² |", md.Output, StringComparison.Ordinal);
        Assert.Contains(", paragraph 1 |", md.Output, StringComparison.Ordinal);
        Assert.Contains("| paragraph changed |", md.Output, StringComparison.Ordinal);
        Assert.DoesNotMatch("修改前|修改后|组成|最低规模|面积增加|修改段落|第[0-9]+段", md.Output);

        var json = JsonDocument.Parse(CliRunner.RunIn(temp.Path, "diff", "old", "new", "--format", "json", "--lang", "en").Output).RootElement;
        Assert.Contains(json.EnumerateArray(), c => c.GetProperty("subject").GetString() == "fact “矿山数量” parts (小型)" && c.GetProperty("remark").GetString() == "changed");
        var zh = JsonDocument.Parse(CliRunner.RunIn(temp.Path, "diff", "old", "new", "--format", "json").Output).RootElement;
        Assert.Contains(zh.EnumerateArray(), c => c.GetProperty("subject").GetString() == "现状“矿山数量” 组成（小型）" && c.GetProperty("remark").GetString() == "修改");

        Assert.Equal(0, CliRunner.RunIn(temp.Path, "diff", "old", "new", "--format", "docx", "-o", "en.docx", "--lang", "en").ExitCode);
        using var doc = WordprocessingDocument.Open(Path.Combine(temp.Path, "en.docx"), false);
        var body = doc.MainDocumentPart!.Document!.Body!;
        Assert.Equal("Table of changes (修改对照表)", body.Elements<Paragraph>().First().InnerText);
        Assert.Equal(["No.", "Item", "Before", "After", "Remark"], body.Descendants<TableRow>().First().Elements<TableCell>().Select(c => c.InnerText));
    }

    [Fact]
    public void A_raised_minimum_scale_is_a_tightening_and_a_lowered_one_a_loosening()
    {
        using var temp = new TempFolder();
        temp.Write("old/plan.mplan", Skeleton);
        temp.Write("up/plan.mplan", "最低开采规模 m2 { 矿种: 建筑用砂 矿山类型: 新建 值: 30 万立方米/年 }\n" + Skeleton);
        temp.Write("a/plan.mplan", "最低开采规模 m2 { 矿种: 建筑用砂 矿山类型: 新建 值: 20 万立方米/年 }\n" + Skeleton);
        var up = CliRunner.RunIn(temp.Path, "diff", "a", "up");
        Assert.Contains("| 准入收紧 |", up.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("准入放宽", up.Output, StringComparison.Ordinal);
        var down = CliRunner.RunIn(temp.Path, "diff", "up", "a");
        Assert.Contains("| 准入放宽 |", down.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("准入收紧", down.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_table_of_a_known_change_to_kazuo_matches_its_baseline()
    {
        using var temp = new TempFolder();
        foreach (var f in Directory.GetFiles(Repo.PathOf("plans/kazuo")))
        {
            var text = File.ReadAllText(f);
            temp.Write("old/" + Path.GetFileName(f), text);
            temp.Write("new/" + Path.GetFileName(f), text
                .Replace("值: 26 个", "值: 25 个", StringComparison.Ordinal)
                .Replace("适用于喀左县行政辖区", "适用于喀左县行政辖区（不含开发区）", StringComparison.Ordinal));
        }

        var result = CliRunner.RunIn(temp.Path, "diff", "old", "new");
        Assert.Equal(0, result.ExitCode);
        Baseline.Match(result.Output, "diff/kazuo.md");
        var en = CliRunner.RunIn(temp.Path, "diff", "old", "new", "--lang", "en");
        Baseline.Match(en.Output, "diff/kazuo.en.md");
    }

    [Fact]
    public void A_cell_keeps_its_pipes_and_line_breaks_and_a_removed_item_has_a_dash_after()
    {
        using var temp = new TempFolder();
        temp.Write("old/plan.mplan", Skeleton + "\n章 \"附\" { 段: \"甲|乙\\n丙\" }\n分区 ZX \"西山区\" { 类型: 集中开采区 面积: 0.5 km2 }\n");
        temp.Write("new/plan.mplan", Skeleton + "\n章 \"附\" { 段: \"甲|乙\\n丁\" }\n");
        var md = CliRunner.RunIn(temp.Path, "diff", "old", "new").Output;
        Assert.Contains("| 附 第1段 | 甲\\|乙<br>【丙】 | 甲\\|乙<br>【丁】 | 修改段落 |", md, StringComparison.Ordinal);
        Assert.Contains("| 分区“西山区” | 0.5km2 | — | 删除 |", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_fields_a_reader_knows_are_compared_lists_and_records_read_as_the_plan_writes_them()
    {
        using var temp = new TempFolder();
        temp.Write("old/plan.mplan", Skeleton + "\n表格 t9 \"附表\" { 列: [\"名称\", \"面积\"] 行: [\"甲\", \"1\"] }\n");
        temp.Write("new/plan.mplan", Skeleton
            .Replace("矿种: 建筑用砂石", "矿种: [建筑用砂石, 砖瓦用黏土]", StringComparison.Ordinal)
            .Replace("投放数量: 1 个", "投放数量: 1 个\n    备注: \"新增\"", StringComparison.Ordinal)
            + "\n表格 t9 \"附表\" { 列: [\"名称\", \"面积（km2）\"] 行: [\"甲\", \"1\"] }\n");
        var json = System.Text.Json.JsonDocument.Parse(CliRunner.RunIn(temp.Path, "diff", "old", "new", "--format", "json").Output).RootElement;
        Assert.Equal(
            [
                "分区“东山建筑用砂石集中开采区” 备注 |  | 新增",
                "分区“东山建筑用砂石集中开采区” 矿种 | [建筑用砂石] | [建筑用砂石，砖瓦用黏土]",
                "表格“附表” 列 | [\"名称\"，\"面积\"] | [\"名称\"，\"面积（km2）\"]",
            ],
            json.EnumerateArray().Select(c => $"{c.GetProperty("subject").GetString()} | {c.GetProperty("before").GetString()} | {c.GetProperty("after").GetString()}"));
        var md = CliRunner.RunIn(temp.Path, "diff", "old", "new").Output;
        // Markdown escapes the brackets, so a viewer shows them as written.
        Assert.Contains("| 2 | 分区“东山建筑用砂石集中开采区” 矿种 | \\[建筑用砂石\\] | \\[建筑用砂石，砖瓦用黏土\\] | 修改 |", md, StringComparison.Ordinal);
        var en = CliRunner.RunIn(temp.Path, "diff", "old", "new", "--lang", "en").Output;
        Assert.Contains("| zone “东山建筑用砂石集中开采区” minerals | \\[建筑用砂石\\] | \\[建筑用砂石, 砖瓦用黏土\\] | changed |", en, StringComparison.Ordinal);
        Assert.DoesNotContain("Header", en + md, StringComparison.Ordinal);
    }

    [Fact]
    public void No_change_is_said_in_the_table_language()
    {
        using var temp = new TempFolder();
        temp.Write("old/plan.mplan", Skeleton);
        temp.Write("new/plan.mplan", Skeleton);
        Assert.EndsWith("No substantive changes.\n", CliRunner.RunIn(temp.Path, "diff", "old", "new", "--lang", "en").Output, StringComparison.Ordinal);
        Assert.EndsWith("无实质性修改。\n", CliRunner.RunIn(temp.Path, "diff", "old", "new").Output, StringComparison.Ordinal);
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

    private static string Changed => Skeleton.Replace("值: <= 30 个", "值: <= 28 个", StringComparison.Ordinal);

    [Fact]
    public void The_change_table_renders_as_a_word_document()
    {
        using var temp = new TempFolder();
        temp.Write("old/plan.mplan", Skeleton);
        temp.Write("new/plan.mplan", Changed);
        Assert.Equal(2, CliRunner.RunIn(temp.Path, "diff", "old", "new", "--format", "docx").ExitCode);
        var result = CliRunner.RunIn(temp.Path, "diff", "old", "new", "--format", "docx", "-o", "out/修改对照表.docx");
        Assert.Equal(0, result.ExitCode);

        using var doc = WordprocessingDocument.Open(Path.Combine(temp.Path, "out", "修改对照表.docx"), false);
        var body = doc.MainDocumentPart!.Document!.Body!;
        Assert.Equal("修改对照表", body.Elements<Paragraph>().First().InnerText);
        var rows = Assert.Single(body.Elements<Table>()).Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList()).ToList();
        Assert.Equal(["序号", "项目", "修改前", "修改后", "说明"], rows[0]);
        Assert.Equal(["1", "指标“矿山数量” 值", "≤30个", "≤28个", "修改"], rows[1]);
        Assert.Equal(PageOrientationValues.Landscape, body.Descendants<PageSize>().Single().Orient!.Value);

        // A second run overwrites its own file; a file mplan did not write needs --force.
        Assert.Equal(0, CliRunner.RunIn(temp.Path, "diff", "old", "new", "--format", "docx", "-o", "out/修改对照表.docx").ExitCode);
        temp.Write("out/mine.md", "mine");
        Assert.Equal(2, CliRunner.RunIn(temp.Path, "diff", "old", "new", "-o", "out/mine.md").ExitCode);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(temp.Path, "out", "mine.md")));
    }

    [Fact]
    public void Two_git_revisions_of_one_folder_are_compared_without_touching_the_working_tree()
    {
        using var temp = new TempFolder();
        temp.Write("plans/demo/plan.mplan", Skeleton);
        Git(temp.Path, "init", "-q");
        Git(temp.Path, "add", ".");
        Git(temp.Path, "commit", "-q", "-m", "first");
        temp.Write("plans/demo/plan.mplan", Changed);
        Git(temp.Path, "commit", "-q", "-am", "second");
        temp.Write("plans/demo/plan.mplan", Skeleton); // uncommitted: the working tree is back at the first version

        var revisions = CliRunner.RunIn(temp.Path, "diff", "HEAD~1:plans/demo", "HEAD:plans/demo");
        Assert.Equal(0, revisions.ExitCode);
        Assert.Contains("修改前：HEAD~1:plans/demo　修改后：HEAD:plans/demo", revisions.Output, StringComparison.Ordinal);
        Assert.Contains("| 1 | 指标“矿山数量” 值 | ≤30个 | ≤28个 | 修改 |", revisions.Output, StringComparison.Ordinal);

        var againstTree = CliRunner.RunIn(Path.Combine(temp.Path, "plans"), "diff", "HEAD:demo", "demo");
        Assert.Contains("| 1 | 指标“矿山数量” 值 | ≤28个 | ≤30个 | 修改 |", againstTree.Output, StringComparison.Ordinal);
        Assert.Equal(Skeleton, File.ReadAllText(Path.Combine(temp.Path, "plans/demo/plan.mplan")));

        var bad = CliRunner.RunIn(temp.Path, "diff", "nosuchrev:plans/demo", "plans/demo");
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("nosuchrev", bad.Error, StringComparison.Ordinal);
    }

    private static void Git(string folder, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        // A clean machine may have no git identity configured.
        start.Environment["GIT_AUTHOR_NAME"] = start.Environment["GIT_COMMITTER_NAME"] = "test";
        start.Environment["GIT_AUTHOR_EMAIL"] = start.Environment["GIT_COMMITTER_EMAIL"] = "test@example.invalid";
        using var process = Process.Start(start)!;
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', args)}: {process.StandardError.ReadToEnd()}");
    }
}
