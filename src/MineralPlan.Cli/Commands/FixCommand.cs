using System.CommandLine;
using MineralPlan.Cli.Output;
using MineralPlan.Abstractions.Diagnostics;

namespace MineralPlan.Cli.Commands;

/// <summary>
/// <c>mplan fix PLAN</c>: applies the fixes the rules attached to their findings (the editor's quick fixes), the
/// preferred one of each finding, skipping any that overlaps one already taken, from the end of each file backwards;
/// then checks again and prints what is left.
/// </summary>
internal static class FixCommand
{
    public static Command Create(CliContext context)
    {
        var plan = CommonOptions.Plan();
        var lang = CommonOptions.Lang();
        var plugins = CommonOptions.Plugins();
        var code = new Option<string[]>("--code")
        {
            Description = "Apply only the fixes of these codes (e.g. --code MP2001); default: every finding with a preferred fix.",
            AllowMultipleArgumentsPerToken = true,
        };
        var dryRun = new Option<bool>("--dry-run")
        {
            Description = "Print the changes as a unified diff and write nothing.",
        };
        var command = new Command("fix", "Apply the fixes the checker knows (a region name with the wrong suffix, a document number that differs from the known one, a total that is not the sum of its parts) to the plan's files, then check again. Exit 0 clean afterwards, 1 errors left, 2 bad input.")
        {
            plan, lang, plugins, code, dryRun,
        };
        command.SetAction(parse =>
        {
            var language = CommonOptions.ToLanguage(parse.GetValue(lang));
            var planPath = parse.GetValue(plan) ?? ".";
            var session = PlanSession.Open(planPath, context, language, parse.GetValue(plugins));
            if (session is null || session.InputUnreadable)
            {
                session?.Print(context.Error, language);
                return ExitCodes.BadUsageOrInput;
            }

            var codes = parse.GetValue(code) is { Length: > 0 } only ? only.ToHashSet(StringComparer.OrdinalIgnoreCase) : null;
            var fixes = session.Diagnostics
                .Where(d => d.AcceptedReason is null && (codes is null || codes.Contains(d.Code)))
                .SelectMany(d => d.Fixes.Where(f => f.IsPreferred).Take(1).Select(f => (Diagnostic: d, Fix: f)))
                .ToList();
            var taken = new List<FixEdit>();
            foreach (var (_, fix) in fixes)
            {
                if (fix.Edits.All(e => !taken.Any(t => t.Span.File == e.Span.File && Overlaps(t.Span, e.Span))))
                {
                    taken.AddRange(fix.Edits);
                }
            }

            foreach (var file in taken.GroupBy(e => e.Span.File).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                if (session.Compilation.FindSource(file.Key) is not { } source)
                {
                    continue;   // only the plan's own files are changed, never a parent's
                }

                var text = source.Text;
                foreach (var edit in file.OrderByDescending(e => e.Span.Offset))
                {
                    text = string.Concat(text.AsSpan(0, edit.Span.Offset), edit.NewText, text.AsSpan(edit.Span.Offset + edit.Span.Length));
                }

                if (parse.GetValue(dryRun))
                {
                    context.Output.Write(new DiffPlex.Renderer.UnidiffRenderer(null, 3).Generate(source.Text, text, "a/" + file.Key, "b/" + file.Key, false, false));
                }
                else
                {
                    if (PlanFileRewrite.Replace(context.Resolve(file.Key), source.Text, text) is { } why)
                    {
                        // Files already written stay written (each is replaced whole, never half): say which one failed.
                        context.Error.WriteLine(language == Language.En ? $"error: cannot write {file.Key}: {why.En}" : $"错误：无法写入 {file.Key}：{why.Zh}");
                        return ExitCodes.BadUsageOrInput;
                    }
                }
            }

            var applied = taken.Count;
            context.Output.WriteLine(language == Language.En
                ? $"{(parse.GetValue(dryRun) ? "would apply" : "applied")} {applied} fix(es)"
                : $"{(parse.GetValue(dryRun) ? "将应用" : "已应用")} {applied} 处修正");
            if (parse.GetValue(dryRun))
            {
                return session.HasErrors ? ExitCodes.PlanHasErrors : ExitCodes.Clean;
            }

            var after = PlanSession.Open(planPath, context, language, parse.GetValue(plugins));
            if (after is null)
            {
                return ExitCodes.BadUsageOrInput;
            }

            after.Print(context.Output, language);
            context.Output.WriteLine(after.Summary(language));
            return after.HasErrors ? ExitCodes.PlanHasErrors : ExitCodes.Clean;
        });
        return command;
    }

    private static bool Overlaps(SourceSpan a, SourceSpan b) =>
        a.Offset < b.Offset + Math.Max(b.Length, 1) && b.Offset < a.Offset + Math.Max(a.Length, 1);
}
