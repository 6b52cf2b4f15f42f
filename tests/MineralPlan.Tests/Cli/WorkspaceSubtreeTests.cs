using System.Text.RegularExpressions;
using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Cli;
using MineralPlan.Cli.Commands;
using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.Cli;

/// <summary>
/// A workspace is checked one subtree (a top plan and everything below it) at a time, releasing each before the
/// next; the findings must be exactly those of checking the whole workspace at once.
/// </summary>
public sealed partial class WorkspaceSubtreeTests
{
    private static string Report(string root, string folder, bool bySubtree)
    {
        var context = new CliContext(TextWriter.Null, TextWriter.Null, root);
        var (reports, _) = WorkspaceCheck.Run(folder, context, Language.En, null, bySubtree: bySubtree);
        return string.Concat(reports.Select(r => r.Text));
    }

    [Theory]
    [InlineData("plans")]
    [InlineData("plans/examples")]
    public void The_shipped_workspaces_give_the_same_findings_by_subtree_as_at_once(string folder)
    {
        var once = Report(Repo.Root, folder, bySubtree: false);
        Assert.Contains("error", once, StringComparison.Ordinal);
        Assert.Equal(once, Report(Repo.Root, folder, bySubtree: true));
    }

    [Fact]
    public void Two_provinces_give_the_same_findings_by_subtree_as_at_once_and_as_each_plan_alone()
    {
        using var temp = new TempFolder();
        foreach (var prefix in new[] { "p1_", "p2_" })
        {
            foreach (var plan in new[] { "province", "city", "county" })
            {
                foreach (var file in Directory.GetFiles(Repo.PathOf("plans/examples/" + plan)))
                {
                    var text = File.ReadAllText(file);
                    if (file.EndsWith(".mplan", StringComparison.Ordinal))
                    {
                        text = PlanName().Replace(text, m => m.Groups[1].Value + prefix + m.Groups[2].Value);
                    }

                    temp.Write($"ws/{prefix}{plan}/{Path.GetFileName(file)}", text);
                }
            }
        }

        // The quick look at the headers finds the two provinces as two subtrees (else the check would fall back to one piece).
        Assert.Equal(
            [["p1_city", "p1_county", "p1_province"], ["p2_city", "p2_county", "p2_province"]],
            MineralPlan.Workspaces.SubtreeCheck.Subtrees(Path.Combine(temp.Path, "ws")));
        var once = Report(temp.Path, "ws", bySubtree: false);
        Assert.Equal(2, Regex.Matches(once, "MP4013").Count);
        Assert.Equal(once, Report(temp.Path, "ws", bySubtree: true));
        // And the CLI prints the same as checking each plan on its own, in folder order.
        var alone = string.Concat(new[] { "p1_city", "p1_county", "p1_province", "p2_city", "p2_county", "p2_province" }
            .Select(p => CliRunner.RunIn(temp.Path, "check", "ws/" + p, "--lang", "en").Output));
        var workspace = CliRunner.RunIn(temp.Path, "check", "ws", "--lang", "en").Output;
        Assert.Equal(alone, workspace[..workspace.LastIndexOf("6 plan(s)", StringComparison.Ordinal)]);
    }

    [Fact]
    public void The_quick_look_reads_the_parent_from_the_header_only_and_skips_comments()
    {
        using var temp = new TempFolder();
        temp.Write("ws/top/plan.mplan", "规划 top { 标题: \"省\" 级别: 省级 }\n// 上级规划: nowhere\n章 \"总则\" { 段: \"上级规划: elsewhere\" }\n");
        temp.Write("ws/mid/plan.mplan", "// 上级规划: decoy\n规划 mid {\n    标题: \"市\"\n    级别: 市级\n    上级规划: top\n}\n");
        temp.Write("ws/low/00.mplan", "章 \"前\" { 段: \"上级规划: decoy\" }\n");
        temp.Write("ws/low/10.mplan", "规划 low { 标题: \"县\" 级别: 县级 上级规划: mid }\n");
        temp.Write("ws/alone/plan.mplan", "规划 alone {\n    标题: \"另\"\n    级别: 省级\n}\n章 \"甲\" { 段: \"上级规划: top\" }\n");
        Assert.Equal([["alone"], ["low", "mid", "top"]], MineralPlan.Workspaces.SubtreeCheck.Subtrees(Path.Combine(temp.Path, "ws")));
    }

    [Fact]
    public void The_header_is_read_by_the_parser_so_block_comments_and_braces_in_strings_do_not_mislead_it()
    {
        using var temp = new TempFolder();
        temp.Write("ws/top/plan.mplan", "规划 top { 标题: \"省\" 级别: 省级 }\n");
        temp.Write("ws/mid/plan.mplan", "规划 mid { /* 上级规划: decoy */ 标题: \"市 } { 上级规划: decoy2\" 级别: 市级\n    上级规划 ： top }\n");
        temp.Write("ws/odd/plan.mplan", "规划 odd { 标题: \"另\" 级别: 省级 /* } 上级规划: top */ }\n");
        // Only the header is parsed: blocks before it (one labelled plan) are lexed past, the text after it is not read.
        temp.Write("ws/late/plan.mplan", "章 \"前\" { 段: \"规划 x { 上级规划: odd }\" }\n分区 plan \"规划\" { 类型: 重点勘查区 }\n规划 late { 标题: \"县\" 级别: 县级 上级规划: mid }\n章 \"后\" { 段: \"x\" \n");
        // A plan file that is a link out of the workspace is not read for the grouping either (as check refuses it, MP0011).
        var outside = temp.Write("outside.mplan", "规划 evil { 标题: \"外\" 级别: 县级 上级规划: mid }\n");
        Directory.CreateDirectory(Path.Combine(temp.Path, "ws/evil"));
        File.CreateSymbolicLink(Path.Combine(temp.Path, "ws/evil/plan.mplan"), outside);
        Assert.Equal([["evil"], ["late", "mid", "top"], ["odd"]], MineralPlan.Workspaces.SubtreeCheck.Subtrees(Path.Combine(temp.Path, "ws")));
    }

    [GeneratedRegex(@"(规划 |上级规划: )(province|city|county)\b")]
    private static partial Regex PlanName();
}
