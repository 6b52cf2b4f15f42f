using System.CommandLine;
using System.Text;
using System.Text.Json.Nodes;
using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Semantics;
using MineralPlan.Semantics.Diff;

namespace MineralPlan.Cli.Commands;

/// <summary><c>mplan diff OLD NEW</c>: the semantic changes between two versions of a plan, as a 修改对照表.</summary>
internal static class DiffCommand
{
    public static Command Create(CliContext context)
    {
        var before = new Argument<string>("OLD") { Description = "The earlier version's plan folder." };
        var after = new Argument<string>("NEW") { Description = "The later version's plan folder." };
        var format = new Option<string>("--format", "-f")
        {
            Description = "md (a 修改对照表 Markdown table, default) or json.",
            DefaultValueFactory = _ => "md",
        }.AcceptOnlyFromAmong("md", "json");
        var lang = CommonOptions.Lang();
        var command = new Command("diff", "Report what changed between two versions of a plan: indicators, zones, blocks, rules and paragraphs. Formatting-only changes give an empty report.")
        {
            before, after, format, lang,
        };
        command.SetAction(parse =>
        {
            var language = CommonOptions.ToLanguage(parse.GetValue(lang));
            var old = PlanLoader.LoadFolder(context.Resolve(parse.GetValue(before) ?? "."), context.WorkingDirectory);
            var @new = PlanLoader.LoadFolder(context.Resolve(parse.GetValue(after) ?? "."), context.WorkingDirectory);
            if (old?.Plan is null || @new?.Plan is null)
            {
                context.Error.WriteLine(language == Language.En
                    ? "error: both arguments must be plan folders that compile (run mplan check on them)"
                    : "错误：两个参数都必须是可以编译的规划文件夹（请先运行 mplan check）");
                return ExitCodes.BadUsageOrInput;
            }

            var changes = PlanDiff.Compare(old.Plan, @new.Plan);
            context.Output.Write(parse.GetValue(format) == "json" ? Json(changes) : Markdown(changes, old.Folder, @new.Folder));
            return ExitCodes.Clean;
        });
        return command;
    }

    private static string Markdown(IReadOnlyList<PlanChange> changes, string before, string after)
    {
        var text = new StringBuilder();
        text.Append("# 修改对照表\n\n").Append($"修改前：{before}　修改后：{after}\n\n");
        if (changes.Count == 0)
        {
            return text.Append("无实质性修改。\n").ToString();
        }

        text.Append("| 序号 | 项目 | 修改前 | 修改后 | 说明 |\n| --- | --- | --- | --- | --- |\n");
        for (var i = 0; i < changes.Count; i++)
        {
            var c = changes[i];
            text.Append($"| {i + 1} | {Cell(c.Subject)} | {Cell(c.Before ?? "—")} | {Cell(c.After ?? "—")} | {Cell(c.Remark)} |\n");
        }

        return text.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", "<br>", StringComparison.Ordinal);

    private static string Json(IReadOnlyList<PlanChange> changes) =>
        new JsonArray([.. changes.Select(c => (JsonNode)new JsonObject
        {
            ["kind"] = c.Kind,
            ["subject"] = c.Subject,
            ["before"] = c.Before,
            ["after"] = c.After,
            ["remark"] = c.Remark,
        })]).ToJsonString(Output.JsonReport.Options) + "\n";
}
