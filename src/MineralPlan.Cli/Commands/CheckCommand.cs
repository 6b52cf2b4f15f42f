using System.CommandLine;
using MineralPlan.Abstractions.Diagnostics;

namespace MineralPlan.Cli.Commands;

/// <summary><c>mplan check PLAN</c>: compile a plan folder and report every finding.</summary>
internal static class CheckCommand
{
    public static Command Create(CliContext context)
    {
        var plan = CommonOptions.Plan();
        var lang = CommonOptions.Lang();
        var plugins = CommonOptions.Plugins();
        var format = new Option<string>("--format", "-f")
        {
            Description = "Report format: text (default; with source excerpts), json, or sarif (SARIF 2.1.0 for CI and code review tools).",
            DefaultValueFactory = _ => "text",
        }.AcceptOnlyFromAmong("text", "json", "sarif");
        var trust = new Option<bool>("--trust-scripts")
        {
            Description = "Run the plan's *.rule.csx rule scripts for this run even if you have not trusted the workspace with `mplan trust` (review them first). An mplan.json can switch scripts off, never on.",
        };
        var rights = new Option<string?>("--rights")
        {
            Description = "Existing mining rights to check new blocks and 集中开采区 against (MP4026): a GeoJSON or shapefile with 许可证号, 矿业权人, 矿种; a GeoPackage (file.gpkg or file.gpkg#table); or a PostGIS table (postgresql://user:password@host:port/database#schema.table).",
        };
        var explain = new Option<bool>("--explain")
        {
            Description = "Under each finding that computed something, print its derivation: every value compared, with the place it was written (JSON and SARIF always carry it).",
        };
        var command = new Command("check", "Compile a plan folder and check it against itself, the plans above it and the plans below it in the workspace; print each finding as path:line:col: severity code: message. Given a workspace folder (e.g. plans/, whose sub-folders are plans), check every plan in it. Exit 0 clean, 1 errors, 2 bad input.")
        {
            plan,
            lang,
            format,
            plugins,
            trust,
            rights,
            explain,
        };
        command.SetAction(parse =>
        {
            var (output, error) = (context.Output, context.Error);
            var language = CommonOptions.ToLanguage(parse.GetValue(lang));
            IReadOnlyList<Checking.IRule> extra = [];
            if (parse.GetValue(rights) is { } rightsAddress)
            {
                // The rights readers (GeoPackage, PostGIS) stay out of the native image: the JIT build reads them.
                if (!System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported)
                {
                    throw NativeFront.JitRequired("rights layers");
                }

                var (layer, problem) = Geometry.Rights.ExistingRights.Read(rightsAddress, context.WorkingDirectory);
                if (layer is null)
                {
                    error.WriteLine(language == Language.En ? $"error: --rights: cannot read the rights layer: {problem}" : $"错误：--rights 无法读取矿业权图层：{problem}");
                    return ExitCodes.BadUsageOrInput;
                }

                extra = Geometry.GeometryRules.ForRights(context.WorkingDirectory, layer);
            }

            if (WorkspaceCheck.IsWorkspace(context.Resolve(parse.GetValue(plan) ?? ".")))
            {
                return CheckWorkspace(context, parse.GetValue(plan) ?? ".", language, parse.GetValue(format) ?? "text", parse.GetValue(plugins), parse.GetValue(trust), extra, parse.GetValue(explain));
            }

            var session = PlanSession.Open(parse.GetValue(plan) ?? ".", context, language, parse.GetValue(plugins), parse.GetValue(trust), extra);
            if (session is null)
            {
                return ExitCodes.BadUsageOrInput;
            }

            if (!WroteReport(context, parse.GetValue(format), session.Diagnostics, language))
            {
                session.Print(output, language, parse.GetValue(explain));
                output.WriteLine(session.Summary(language));
            }

            return session.InputUnreadable ? ExitCodes.BadUsageOrInput : session.HasErrors ? ExitCodes.PlanHasErrors : ExitCodes.Clean;
        });
        return command;
    }

    private static int CheckWorkspace(CliContext context, string folder, Language language, string format, string? pluginFolder, bool trustScripts, IReadOnlyList<Checking.IRule> extra, bool explain)
    {
        var (sessions, pluginDiagnostics) = WorkspaceCheck.Run(folder, context, language, pluginFolder, trustScripts, extra, explain: explain);
        var all = pluginDiagnostics.Concat(sessions.SelectMany(s => s.Diagnostics)).ToList();
        if (!WroteReport(context, format, all, language))
        {
            var printer = new Output.DiagnosticPrinter(context.Output, language, _ => null);
            pluginDiagnostics.ToList().ForEach(printer.Print);
            foreach (var session in sessions)
            {
                context.Output.Write(session.Text);
            }

            var errors = all.Count(d => d.IsFailure);
            var warnings = all.Count(d => d.Severity == DiagnosticSeverity.Warning && d.AcceptedReason is null);
            context.Output.WriteLine(language == Language.En
                ? $"{sessions.Count} plan(s): {errors} error(s), {warnings} warning(s)"
                : $"共 {sessions.Count} 个规划：{errors} 个错误，{warnings} 个警告");
        }

        return sessions.Any(s => s.InputUnreadable) || pluginDiagnostics.Any(d => d.Descriptor.UnreadableInput) ? ExitCodes.BadUsageOrInput
            : all.Any(d => d.IsFailure) ? ExitCodes.PlanHasErrors : ExitCodes.Clean;
    }

    /// <summary>The findings as a machine report (json, sarif), for a plan and a workspace alike; false for text, which each prints its own way.</summary>
    private static bool WroteReport(CliContext context, string? format, IReadOnlyList<Diagnostic> findings, Language language)
    {
        var report = format switch
        {
            "json" => Output.JsonReport.Write(findings, language),
            "sarif" => Output.SarifReport.Write(findings, language, typeof(CheckCommand).Assembly.GetName().Version?.ToString(3) ?? "0", context.WorkingDirectory),
            _ => null,
        };
        if (report is not null)
        {
            context.Output.WriteLine(report);
        }

        return report is not null;
    }
}
