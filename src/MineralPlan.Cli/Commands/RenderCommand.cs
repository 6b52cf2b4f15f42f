using System.CommandLine;
using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Cli.Output;
using MineralPlan.Rendering;
using MineralPlan.Rendering.Maps;

namespace MineralPlan.Cli.Commands;

/// <summary><c>mplan render PLAN --format md -o DIR</c>: regenerate the plan document from the model.</summary>
internal static class RenderCommand
{
    public static Command Create(CliContext context)
    {
        var plan = CommonOptions.Plan();
        var lang = CommonOptions.Lang();
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: md (Markdown), html (one file with print styles and Chinese fonts), docx (Word, government-document house style), pdf (the Word document laid out by LibreOffice, which must be installed) or xlsx (the tables, one sheet each).",
            DefaultValueFactory = _ => "md",
        }.AcceptOnlyFromAmong("md", "html", "docx", "pdf", "xlsx");
        var outDir = new Option<string>("--output", "-o")
        {
            Description = "Folder to write into (created if missing).",
            Required = true,
        };
        var force = new Option<bool>("--force")
        {
            Description = "Render a plan that has errors (to look at it; the document says what the checker found nothing about). To replace files this tool did not write, use --overwrite.",
        };
        var overwrite = CommonOptions.Overwrite();
        var templates = new Option<string?>("--templates")
        {
            Description = "A folder of .scriban templates that override the built-in ones by name (e.g. plan.md.scriban), or the name of a plugin's template pack (a province's house style; see mplan plugins list).",
        };
        var plugins = CommonOptions.Plugins();
        var command = new Command("render", "Render the plan document (Markdown, HTML, Word) or its tables (Excel) from a plan folder. Refuses a plan with errors unless --force.")
        {
            plan, format, outDir, force, overwrite, templates, plugins, lang,
        };
        command.SetAction(parse =>
        {
            var (output, error) = (context.Output, context.Error);
            var language = CommonOptions.ToLanguage(parse.GetValue(lang));
            var session = PlanSession.Open(parse.GetValue(plan) ?? ".", context, language, parse.GetValue(plugins));
            if (session is null)
            {
                return ExitCodes.BadUsageOrInput;
            }

            if (session.InputUnreadable || session.Compilation.Plan is null || (session.HasErrors && !parse.GetValue(force)))
            {
                session.Print(error, language);
                error.WriteLine(language == Language.En
                    ? "render: the plan has errors; fix them or pass --force"
                    : "render：规划存在错误；请先修正，或加 --force");
                return session.InputUnreadable ? ExitCodes.BadUsageOrInput : ExitCodes.PlanHasErrors;
            }

            var model = session.Compilation.Plan;
            var maps = new FigureMaps(model, context.Resolve(parse.GetValue(plan) ?? "."), session.FindSource);
            byte[] content;
            var noTables = false;
            var libreOffice = parse.GetValue(format) == "pdf" ? Output.PdfConverter.Program() : null;
            try
            {
                if (Templates(parse.GetValue(templates), session, context, language) is not { } set)
                {
                    return ExitCodes.BadUsageOrInput;
                }

                if (parse.GetValue(format) == "pdf" && libreOffice is null)
                {
                    error.WriteLine(Output.PdfConverter.Missing(language));
                    return ExitCodes.BadUsageOrInput;
                }

                content = parse.GetValue(format) switch
                {
                    "docx" => Rendering.Word.WordRenderer.Render(model, maps.Draw),
                    "pdf" => Rendering.Word.WordRenderer.Render(model, maps.Draw),
                    "xlsx" => Rendering.Excel.ExcelRenderer.Render(model, out noTables),
                    "html" => System.Text.Encoding.UTF8.GetBytes(TextDocumentRenderer.RenderHtml(model, set, maps.Draw)),
                    _ => System.Text.Encoding.UTF8.GetBytes(TextDocumentRenderer.Render(model, set, maps.Draw)),
                };
            }
            catch (TemplateException e)
            {
                error.WriteLine((language == Language.En ? "template error: " : "模板错误：") + e.Message);
                return ExitCodes.BadUsageOrInput;
            }

            if (parse.GetValue(format) == "pdf")
            {
                var (pdf, why) = Output.PdfConverter.Convert(libreOffice!, content, model.Header.Id);
                if (pdf is null)
                {
                    error.WriteLine((language == Language.En ? "error: " : "错误：") + why);
                    return ExitCodes.BadUsageOrInput;
                }

                content = pdf;
            }

            if (noTables)
            {
                error.WriteLine(language == Language.En
                    ? "warning: the plan has no tables; the workbook holds only a sheet saying so"
                    : "警告：规划中没有表格；工作簿中只有一页说明");
            }

            var folder = context.Resolve(parse.GetValue(outDir) ?? ".");
            var name = model.Header.Id + "." + parse.GetValue(format);
            var result = OutputWriter.Write(folder, name, content, parse.GetValue(overwrite), language, context.WorkingDirectory);
            (result.Ok ? output : error).WriteLine(result.Message);
            var allWritten = result.Ok;
            // Markdown links its maps as files beside it; HTML and Word carry them inside. One refused
            // file fails the command, whatever the files after it do.
            foreach (var map in parse.GetValue(format) == "md" && result.Ok ? maps.Drawn : [])
            {
                result = OutputWriter.Write(folder, map.FileName, map.Svg, parse.GetValue(overwrite), language, context.WorkingDirectory);
                (result.Ok ? output : error).WriteLine(result.Message);
                allWritten &= result.Ok;
            }

            return allWritten ? ExitCodes.Clean : ExitCodes.BadUsageOrInput;
        });
        return command;
    }

    /// <summary>--templates: a folder if one exists by that name, else a template pack of a loaded plugin.</summary>
    private static TemplateSet? Templates(string? option, PlanSession session, CliContext context, Language language)
    {
        if (option is null || Directory.Exists(context.Resolve(option)))
        {
            return new TemplateSet(option is null ? null : context.Resolve(option));
        }

        var packs = session.LoadedPlugins.SelectMany(p => p.TemplatePacks.Select(pack => (Plugin: p, Pack: pack))).ToList();
        if (packs.FirstOrDefault(p => string.Equals(p.Pack.Name, option, StringComparison.OrdinalIgnoreCase)) is { Pack: not null } found)
        {
            return new TemplateSet(found.Pack, found.Plugin.Path);
        }

        var known = packs.Count == 0 ? (language == Language.En ? "none loaded; add --plugins DIR" : "未加载任何模板包；请加 --plugins 目录") : string.Join(", ", packs.Select(p => p.Pack.Name));
        context.Error.WriteLine(language == Language.En
            ? $"error: --templates '{option}' is neither a folder nor a plugin's template pack (packs: {known})"
            : $"错误：--templates “{option}”既不是文件夹，也不是插件的模板包（模板包：{known}）");
        return null;
    }
}
