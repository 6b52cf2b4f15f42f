using System.CommandLine;
using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Checking.Admission;
using MineralPlan.Cli.Output;
using MineralPlan.Semantics;
using MineralPlan.Semantics.Binding;
using MineralPlan.Syntax;

namespace MineralPlan.Cli.Commands;

/// <summary><c>mplan admit PLAN APPLICATION</c>: is this proposed right admissible under the plan and the plans above it?</summary>
internal static class AdmitCommand
{
    public static Command Create(CliContext context)
    {
        var plan = CommonOptions.Plan();
        var application = new Argument<string>("APPLICATION")
        {
            Description = "A file with one 申请 block: 矿业权 (探矿权/采矿权), 矿种, 规模 (annual scale), 位于 (zone or block id), 矿山类型.",
        };
        var plugins = CommonOptions.Plugins();
        var lang = CommonOptions.Lang();
        var command = new Command("admit", "Decide whether a proposed exploration or mining right is admissible under the plan; each reason names the plan rule it comes from, and what the plans set nothing about is listed as not checked. Exit 0 admissible, 1 not admissible, 2 bad input, 3 cannot decide (no rule of the plans applies to the application).")
        {
            plan, application, plugins, lang,
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

            if (session.Compilation.Plan is not { } model || session.InputUnreadable)
            {
                session.Print(error, language);
                return ExitCodes.BadUsageOrInput;
            }

            var appPath = parse.GetValue(application) ?? string.Empty;
            var shown = PlanLoader.DisplayPath(context.Resolve(appPath), context.WorkingDirectory);
            var (text, readDiagnostics) = SourceReader.ReadFile(context.Resolve(appPath), shown);
            var (app, source, appDiagnostics) = text is null ? (null, new SourceText(shown, string.Empty), []) : ApplicationLoader.Parse(text, shown);
            var problems = readDiagnostics.Concat(appDiagnostics).ToList();
            if (app is null || problems.Any(d => d.Severity == DiagnosticSeverity.Error))
            {
                var printer = new DiagnosticPrinter(error, language, p => p == shown ? source : null);
                problems.ForEach(printer.Print);
                return ExitCodes.BadUsageOrInput;
            }

            var decision = AdmissionEvaluator.Evaluate(model, session.Ancestors, app);
            output.WriteLine(!decision.Decided
                ? (language == Language.En ? $"{app.DisplayName}: CANNOT DECIDE under {model.Header.Title}: no rule of the plans applies" : $"{app.DisplayName}：无法依据《{model.Header.Title}》判定：各级规划均无适用的规定")
                : decision.Admissible
                ? (language == Language.En ? $"{app.DisplayName}: admissible under {model.Header.Title}" : $"{app.DisplayName}：符合《{model.Header.Title}》，可以准入")
                : (language == Language.En ? $"{app.DisplayName}: NOT admissible under {model.Header.Title}" : $"{app.DisplayName}：不符合《{model.Header.Title}》，不予准入"));
            foreach (var reason in decision.Reasons)
            {
                var mark = reason.Blocks ? "✗" : "✓";
                output.WriteLine($"  {mark} {reason.Message(language)}  [{reason.PlanId}: {reason.Rule}, {reason.Source.File}:{reason.Source.Line}:{reason.Source.Column}]");
            }

            foreach (var (en, zh) in decision.Unchecked)
            {
                output.WriteLine(language == Language.En ? $"  ? not checked: {en}" : $"  ? 未核查：{zh}");
            }

            if (session.HasErrors)
            {
                error.WriteLine(language == Language.En
                    ? "note: the plan itself has errors (run mplan check); the decision uses the plan as written"
                    : "注意：规划本身存在错误（请运行 mplan check）；以上结论按规划现有内容作出");
            }

            return !decision.Decided ? ExitCodes.Undecided : decision.Admissible ? ExitCodes.Clean : ExitCodes.PlanHasErrors;
        });
        return command;
    }
}
