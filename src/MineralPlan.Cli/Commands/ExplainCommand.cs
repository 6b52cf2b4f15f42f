using System.CommandLine;
using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Cli.Output;

namespace MineralPlan.Cli.Commands;

/// <summary><c>mplan explain MPnnnn</c>: what a diagnostic means, where its rule comes from, and what triggers it.</summary>
internal static class ExplainCommand
{
    public static Command Create(CliContext context)
    {
        var code = new Argument<string>("CODE") { Description = "A diagnostic code such as MP4009 (mplan explain --list lists them all)." };
        code.Arity = ArgumentArity.ZeroOrOne;
        var list = new Option<bool>("--list") { Description = "List every code with its severity and title." };
        var lang = CommonOptions.Lang();
        var command = new Command("explain", "Explain a diagnostic code: its severity, what it checks and what to do (the message), the clause it comes from, and an example that triggers it (src/DIAGNOSTICS.md).")
        {
            code, list, lang,
        };
        command.SetAction(parse =>
        {
            var language = CommonOptions.ToLanguage(parse.GetValue(lang));
            var all = DiagnosticCatalog.All();
            if (parse.GetValue(list))
            {
                foreach (var (d, _) in all)
                {
                    context.Output.WriteLine($"{d.Code}  {DiagnosticPrinter.Severity(d.DefaultSeverity),-8}  {d.Title}");
                }

                return ExitCodes.Clean;
            }

            var wanted = (parse.GetValue(code) ?? string.Empty).Trim().ToUpperInvariant();
            var found = all.FirstOrDefault(e => e.Descriptor.Code == wanted);
            if (found.Descriptor is null)
            {
                context.Error.WriteLine(language == Language.En
                    ? $"error: '{wanted}' is not a diagnostic code of mplan; mplan explain --list lists them"
                    : $"错误：“{wanted}”不是 mplan 的诊断代码；mplan explain --list 可列出全部代码");
                return ExitCodes.BadUsageOrInput;
            }

            var (descriptor, rule) = found;
            var en = language == Language.En;
            var output = context.Output;
            // The severity word is the one every finding line prints (path:line:col: error MPnnnn), in both languages.
            output.WriteLine($"{descriptor.Code} {DiagnosticPrinter.Severity(descriptor.DefaultSeverity)}: {descriptor.Title}");
            output.WriteLine();
            output.WriteLine(en ? "Message (what is wrong and what to do):" : "提示信息（问题及处理方法）：");
            output.WriteLine("  " + Placeholders(en ? descriptor.MessageEn : descriptor.MessageZh));
            output.WriteLine();
            output.WriteLine(en ? "Where it comes from:" : "依据：");
            output.WriteLine("  " + (rule is not null
                ? rule.Source + (en ? $" (rule {rule.GetType().Name})" : $"（规则 {rule.GetType().Name}）")
                : en ? "reading, binding or the workspace, not a plan rule (src/DIAGNOSTICS.md)" : "读取、绑定或工作区检查，不是规划规则（见 src/DIAGNOSTICS.md）"));
            if (DiagnosticCatalog.Example(descriptor.Code) is { } example)
            {
                // The catalog writes the passing cases after "; quiet" (…; quiet for 26.54 % and …).
                var quiet = example.IndexOf("; quiet ", StringComparison.Ordinal);
                output.WriteLine();
                output.WriteLine(en ? "Triggered by, for example:" : "触发示例：");
                output.WriteLine("  " + (quiet < 0 ? example : example[..quiet]));
                if (quiet >= 0)
                {
                    output.WriteLine();
                    output.WriteLine(en ? "Passes (no finding), for example:" : "不触发的示例：");
                    output.WriteLine("  " + example[(quiet + 2)..]);
                }
            }

            return ExitCodes.Clean;
        });
        return command;
    }


    // "{0}" stands for the item the finding is about; shown as "…" so the template reads as a sentence.
    private static string Placeholders(string format) =>
        System.Text.RegularExpressions.Regex.Replace(format, @"\{[0-9]+\}", "…").Replace("{{", "{", StringComparison.Ordinal).Replace("}}", "}", StringComparison.Ordinal);
}
