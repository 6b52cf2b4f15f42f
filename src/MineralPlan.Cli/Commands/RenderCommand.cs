using System.CommandLine;
using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Cli.Output;
using MineralPlan.Rendering;
using MineralPlan.Rendering.Formats;
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
            // The formats and their descriptions come from the registry, so help and the accepted words never disagree with what renders.
            Description = "输出格式 / Output format: " + string.Join("; ", DocumentFormats.All.Select(f => $"{f.Name}: {f.Description.Zh} / {f.Description.En}")) + ".",
            DefaultValueFactory = _ => "md",
        }.AcceptOnlyFromAmong([.. DocumentFormats.All.Select(f => f.Name)]);
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
            var chosen = DocumentFormats.Get(parse.GetValue(format) ?? "md");
            if (Templates(parse.GetValue(templates), session, context, language) is not { } set)
            {
                return ExitCodes.BadUsageOrInput;
            }

            if (chosen.Unavailable(language) is { } missing)
            {
                error.WriteLine(missing);
                return ExitCodes.BadUsageOrInput;
            }

            RenderedDocument rendered;
            try
            {
                var maps = new FigureMaps(model, context.Resolve(parse.GetValue(plan) ?? "."), session.FindSource);
                rendered = chosen.Render(model, new RenderRequest(set, maps));
            }
            catch (TemplateException e)
            {
                error.WriteLine((language == Language.En ? "template error: " : "模板错误：") + e.Message);
                return ExitCodes.BadUsageOrInput;
            }
            catch (RenderFailedException e)
            {
                error.WriteLine((language == Language.En ? "error: " : "错误：") + e.Message);
                return ExitCodes.BadUsageOrInput;
            }

            foreach (var warning in rendered.Warnings)
            {
                error.WriteLine((language == Language.En ? "warning: " : "警告：") + warning.In(language));
            }

            var folder = context.Resolve(parse.GetValue(outDir) ?? ".");
            var name = model.Header.Id + "." + chosen.Name;
            var result = OutputWriter.Write(folder, name, rendered.Content, parse.GetValue(overwrite), language, context.WorkingDirectory);
            (result.Ok ? output : error).WriteLine(result.Message);
            var allWritten = result.Ok;
            // Markdown links its maps as files beside it; HTML and Word carry them inside. One refused
            // file fails the command, whatever the files after it do.
            foreach (var map in result.Ok ? rendered.SideFiles : [])
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
