using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Checking;
using MineralPlan.Cli.Output;
using MineralPlan.Semantics;
using MineralPlan.Syntax;

namespace MineralPlan.Cli.Commands;

/// <summary>Compiles and checks one plan folder for a command, and prints what it found.</summary>
internal sealed class PlanSession
{
    private static readonly HashSet<string> InputCodes = new(StringComparer.Ordinal) { "MP0003", "MP0006", "MP1017" };

    private PlanSession(Compilation compilation, IReadOnlyList<Diagnostic> diagnostics)
    {
        Compilation = compilation;
        Diagnostics = diagnostics;
    }

    public Compilation Compilation { get; }

    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>True when the input itself could not be read (exit 2), as opposed to a plan with errors (exit 1).</summary>
    public bool InputUnreadable => Diagnostics.Any(d => InputCodes.Contains(d.Code));

    public static PlanSession? Open(string planPath, CliContext context, Language language)
    {
        var error = context.Error;
        var compilation = PlanLoader.LoadFolder(context.Resolve(planPath), context.WorkingDirectory);
        if (compilation is null)
        {
            error.WriteLine(language == Language.En
                ? $"error: '{planPath}' is not a plan folder (it does not exist or is a file); pass a folder such as plans/kazuo"
                : $"错误：“{planPath}”不是规划文件夹（不存在或是文件）；请传入如 plans/kazuo 的文件夹");
            return null;
        }

        var diagnostics = compilation.Diagnostics.Concat(PlanChecker.Check(compilation));
        return new PlanSession(compilation, [.. DiagnosticOrder.Sort(diagnostics)]);
    }

    public void Print(TextWriter output, Language language)
    {
        var printer = new DiagnosticPrinter(output, language, path => Compilation.FindSource(path));
        foreach (var d in Diagnostics)
        {
            printer.Print(d);
        }
    }

    public string Summary(Language language)
    {
        var errors = Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        return language == Language.En
            ? $"{Compilation.Folder}: {errors} error(s), {warnings} warning(s)"
            : $"{Compilation.Folder}：{errors} 个错误，{warnings} 个警告";
    }

    public SourceText? FindSource(string path) => Compilation.FindSource(path);
}
