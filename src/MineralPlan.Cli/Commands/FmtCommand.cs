using System.CommandLine;
using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Cli.Output;
using MineralPlan.Semantics;
using MineralPlan.Syntax;
using MineralPlan.Syntax.Formatting;

namespace MineralPlan.Cli.Commands;

/// <summary><c>mplan fmt [--check] PATH</c>: rewrite .mplan files in the canonical layout, or (with --check) list those that are not.</summary>
internal static class FmtCommand
{
    public static Command Create(CliContext context)
    {
        var path = new Argument<string>("PATH") { Description = "A .mplan file or a folder (searched recursively for .mplan files)." };
        var check = new Option<bool>("--check") { Description = "Change nothing; list files that are not formatted, each with a unified diff of what fmt would change, and exit 1 if there are any (for CI)." };
        var toUtf8 = new Option<bool>("--to-utf8") { Description = "Also convert GB18030-encoded files to UTF-8 (without this, fmt refuses to change a file's encoding)." };
        var lang = CommonOptions.Lang();
        var command = new Command("fmt", "Format .mplan files canonically, keeping every comment; never changes what a plan means.")
        {
            path, check, toUtf8, lang,
        };
        command.SetAction(parse =>
        {
            var (output, error) = (context.Output, context.Error);
            var language = CommonOptions.ToLanguage(parse.GetValue(lang));
            var target = context.Resolve(parse.GetValue(path) ?? ".");
            var files = File.Exists(target) ? [target]
                : Directory.Exists(target) ? Directory.EnumerateFiles(target, "*" + PlanLoader.Extension, SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList()
                : null;
            if (files is null)
            {
                error.WriteLine(language == Language.En ? $"error: '{parse.GetValue(path)}' does not exist" : $"错误：“{parse.GetValue(path)}”不存在");
                return ExitCodes.BadUsageOrInput;
            }

            var unformatted = 0;
            var broken = 0;
            foreach (var file in files)
            {
                var shown = PlanLoader.DisplayPath(file, context.WorkingDirectory);
                // Confined like check: a file's workspace is its plan folder's parent, and a link out of it is neither read nor rewritten.
                var (text, readDiagnostics) = SourceReader.ReadFile(file, shown, Syntax.Files.PathConfinement.RealPath(WorkspaceRoot.OfFile(file)));
                var result = text is null ? null : PlanFormatter.Format(text, shown);
                if (text is null || result?.Text is null)
                {
                    broken++;
                    var source = text is null ? null : new SourceText(shown, text);
                    var printer = new DiagnosticPrinter(error, language, p => p == shown ? source : null);
                    foreach (var d in readDiagnostics.Concat(result?.Diagnostics ?? []))
                    {
                        printer.Print(d);
                    }

                    continue;
                }

                if (result.Text == text)
                {
                    continue;
                }

                unformatted++;
                if (parse.GetValue(check))
                {
                    output.WriteLine(language == Language.En ? $"not formatted: {shown}" : $"未格式化：{shown}");
                    // What fmt would change, as a unified diff a reviewer (or `git apply`) reads.
                    output.Write(new DiffPlex.Renderer.UnidiffRenderer(null, 3).Generate(text, result.Text, "a/" + shown, "b/" + shown, false, false));
                    continue;
                }

                if (readDiagnostics.Any(d => d.Code == SyntaxDiagnostics.ConvertedEncoding.Code) && !parse.GetValue(toUtf8))
                {
                    broken++;
                    error.WriteLine(language == Language.En
                        ? $"error: {shown} is GB18030-encoded; fmt writes UTF-8 and changes no file's encoding unasked: pass --to-utf8 to convert it"
                        : $"错误：{shown} 为 GB18030 编码；fmt 只写 UTF-8，不会擅自改变文件编码：如需转换请加 --to-utf8");
                    continue;
                }

                if (PlanFileRewrite.Replace(file, text, result.Text) is { } why)
                {
                    broken++;
                    error.WriteLine(language == Language.En ? $"error: cannot format {shown}: {why.En}" : $"错误：无法格式化 {shown}：{why.Zh}");
                    continue;
                }

                output.WriteLine(language == Language.En ? $"formatted {shown}" : $"已格式化 {shown}");
            }

            if (broken > 0)
            {
                return ExitCodes.PlanHasErrors;
            }

            return parse.GetValue(check) && unformatted > 0 ? ExitCodes.PlanHasErrors : ExitCodes.Clean;
        });
        return command;
    }
}
