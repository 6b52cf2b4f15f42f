using MineralPlan.Abstractions.Diagnostics;

namespace MineralPlan.Cli.Commands;

/// <summary>
/// What checking one plan of a workspace produced, without the compilation: its findings, the text report
/// (findings with their source excerpts, then the summary line) and whether its input was unreadable. Kept
/// instead of the session so a national workspace does not hold every plan's syntax and model at once.
/// </summary>
internal sealed record PlanReport(IReadOnlyList<Diagnostic> Diagnostics, string Text, bool InputUnreadable, string? Parent)
{
    public static PlanReport Of(PlanSession session, Language language, bool explain = false)
    {
        var text = new StringWriter { NewLine = "\n" };
        session.Print(text, language, explain);
        text.WriteLine(session.Summary(language));
        return new PlanReport(session.Diagnostics, text.ToString(), session.InputUnreadable, session.Compilation.Plan?.Header.Parent?.Text);
    }
}
