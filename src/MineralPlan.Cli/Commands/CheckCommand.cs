using System.CommandLine;

namespace MineralPlan.Cli.Commands;

/// <summary><c>mplan check PLAN</c>: compile a plan folder and report every finding.</summary>
internal static class CheckCommand
{
    public static Command Create(CliContext context)
    {
        var plan = CommonOptions.Plan();
        var lang = CommonOptions.Lang();
        var command = new Command("check", "Compile a plan folder and check it against itself; print each finding as path:line:col: severity code: message. Exit 0 clean, 1 errors, 2 bad input.")
        {
            plan,
            lang,
        };
        command.SetAction(parse =>
        {
            var (output, error) = (context.Output, context.Error);
            var language = CommonOptions.ToLanguage(parse.GetValue(lang));
            var session = PlanSession.Open(parse.GetValue(plan) ?? ".", context, language);
            if (session is null)
            {
                return ExitCodes.BadUsageOrInput;
            }

            session.Print(output, language);
            output.WriteLine(session.Summary(language));
            return session.InputUnreadable ? ExitCodes.BadUsageOrInput : session.HasErrors ? ExitCodes.PlanHasErrors : ExitCodes.Clean;
        });
        return command;
    }
}
