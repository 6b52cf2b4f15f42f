using System.CommandLine;
using System.Text;
using System.Text.Json.Nodes;
using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Rendering.Diff;
using MineralPlan.Semantics.Diff;

namespace MineralPlan.Cli.Commands;

/// <summary><c>mplan diff OLD NEW</c>: the semantic changes between two versions of a plan, as a 修改对照表.</summary>
internal static class DiffCommand
{
    public static Command Create(CliContext context)
    {
        var before = new Argument<string>("OLD") { Description = "The earlier version: a plan folder, or REV:PATH for the folder as a git revision holds it (e.g. HEAD~1:plans/kazuo)." };
        var after = new Argument<string>("NEW") { Description = "The later version: a plan folder or REV:PATH." };
        var format = new Option<string>("--format", "-f")
        {
            Description = "md (a 修改对照表 Markdown table, default), json, or docx (the 修改对照表 as a Word document; needs -o).",
            DefaultValueFactory = _ => "md",
        }.AcceptOnlyFromAmong("md", "json", "docx");
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write the report to this file instead of standard output (required for docx).",
        };
        var overwrite = CommonOptions.Overwrite();
        var lang = CommonOptions.Lang();
        var command = new Command("diff", "Report what changed between two versions of a plan (two folders, or git revisions as REV:PATH): indicators, zones, blocks, rules and paragraphs, as a 修改对照表. Formatting-only changes give an empty report.")
        {
            before, after, format, output, overwrite, lang,
        };
        command.SetAction(parse =>
        {
            var language = CommonOptions.ToLanguage(parse.GetValue(lang));
            var chosen = parse.GetValue(format) ?? "md";
            var target = parse.GetValue(output);
            if (chosen == "docx" && target is null)
            {
                context.Error.WriteLine(language == Language.En ? "error: --format docx needs -o FILE.docx" : "错误：--format docx 需要用 -o 指定 .docx 文件");
                return ExitCodes.BadUsageOrInput;
            }

            var (old, oldError) = PlanVersion.Load(parse.GetValue(before) ?? ".", context, language);
            var (@new, newError) = PlanVersion.Load(parse.GetValue(after) ?? ".", context, language);
            if ((oldError ?? newError) is { } message)
            {
                context.Error.WriteLine(message);
                return ExitCodes.BadUsageOrInput;
            }

            if (old?.Plan is null || @new?.Plan is null)
            {
                context.Error.WriteLine(language == Language.En
                    ? "error: both arguments must be plan folders that compile (run mplan check on them)"
                    : "错误：两个参数都必须是可以编译的规划文件夹（请先运行 mplan check）");
                return ExitCodes.BadUsageOrInput;
            }

            // Paragraphs compare as they read, figures filled in, so a changed figure shows as the figure.
            var words = DiffWords.For(language);
            var changes = PlanDiff.Compare(old.Plan, @new.Plan, (plan, text) => Rendering.ViewModel.DocumentViewBuilder.Fill(plan, text), words);
            byte[] content = chosen switch
            {
                "docx" => ChangeReportWord.Render(changes, old.Folder, @new.Folder, words),
                "json" => Encoding.UTF8.GetBytes(Json(changes)),
                _ => Encoding.UTF8.GetBytes(ChangeReport.Markdown(changes, old.Folder, @new.Folder, words)),
            };
            if (target is null)
            {
                context.Output.Write(Encoding.UTF8.GetString(content));
                return ExitCodes.Clean;
            }

            var file = context.Resolve(target);
            var result = Output.OutputWriter.Write(Path.GetDirectoryName(file) ?? context.WorkingDirectory, Path.GetFileName(file), content, parse.GetValue(overwrite), language, context.WorkingDirectory);
            (result.Ok ? context.Output : context.Error).WriteLine(result.Message);
            return result.Ok ? ExitCodes.Clean : ExitCodes.BadUsageOrInput;
        });
        return command;
    }

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
