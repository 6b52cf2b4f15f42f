using System.CommandLine;

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
        var command = new Command("check", "Compile a plan folder and check it against itself, the plans above it and the plans below it in the workspace; print each finding as path:line:col: severity code: message. Exit 0 clean, 1 errors, 2 bad input.")
        {
            plan,
            lang,
            format,
            plugins,
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

            switch (parse.GetValue(format))
            {
                case "json":
                    output.WriteLine(Output.JsonReport.Write(session.Diagnostics, language));
                    break;
                case "sarif":
                    output.WriteLine(Output.SarifReport.Write(session.Diagnostics, language, typeof(CheckCommand).Assembly.GetName().Version?.ToString(3) ?? "0"));
                    break;
                default:
                    session.Print(output, language);
                    output.WriteLine(session.Summary(language));
                    break;
            }

            return session.InputUnreadable ? ExitCodes.BadUsageOrInput : session.HasErrors ? ExitCodes.PlanHasErrors : ExitCodes.Clean;
        });
        return command;
    }
}
