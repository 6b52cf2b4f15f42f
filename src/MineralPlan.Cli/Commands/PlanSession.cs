using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Cli.Output;
using MineralPlan.Semantics;
using MineralPlan.Syntax;
using MineralPlan.Workspaces;

namespace MineralPlan.Cli.Commands;

/// <summary>A plan folder checked for a command (through the compilation layer, <see cref="Workspace"/>), and how to print what it found.</summary>
internal sealed class PlanSession
{
    private readonly CheckedPlan _checked;

    private PlanSession(CheckedPlan result, IReadOnlyList<MineralPlan.Plugins.LoadedPlugin> plugins)
    {
        _checked = result;
        LoadedPlugins = plugins;
    }

    public Compilation Compilation => _checked.Compilation;

    public IReadOnlyList<Diagnostic> Diagnostics => _checked.Diagnostics;

    public bool HasErrors => _checked.HasErrors;

    /// <summary>True when the input itself could not be read (exit 2), as opposed to a plan with errors (exit 1).</summary>
    public bool InputUnreadable => _checked.InputUnreadable;

    public IReadOnlyList<Semantics.Model.Plan> Ancestors => _checked.Ancestors;

    /// <summary>The plugins loaded for this session (with --plugins).</summary>
    public IReadOnlyList<MineralPlan.Plugins.LoadedPlugin> LoadedPlugins { get; }

    public static PlanSession? Open(string planPath, CliContext context, Language language, string? pluginFolder = null, bool trustScripts = false,
        IReadOnlyList<Checking.IRule>? extraRules = null)
    {
        var options = CliWorkspace.Options(context, pluginFolder, trustScripts, extraRules);
        var folder = context.Resolve(planPath);
        var root = Semantics.WorkspaceRoot.OfPlanFolder(folder);
        return Open(planPath, context, language, new Workspace(root, options).Current);
    }

    /// <summary>A plan the compilation layer has checked (a workspace check), with the plugins its options loaded.</summary>
    public static PlanSession Of(CheckedPlan result, IReadOnlyList<MineralPlan.Plugins.LoadedPlugin> plugins) => new(result, plugins);

    /// <param name="plans">The plans of the subtree being checked (a workspace check); null: the whole snapshot.</param>
    public static PlanSession? Open(string planPath, CliContext context, Language language, Snapshot snapshot, PlanLookup? plans = null)
    {
        var result = snapshot.Check(context.Resolve(planPath), plans: plans);
        if (result is null)
        {
            context.Error.WriteLine(language == Language.En
                ? $"error: '{planPath}' is not a plan folder (it does not exist or is a file); pass a folder such as plans/kazuo"
                : $"错误：“{planPath}”不是规划文件夹（不存在或是文件）；请传入如 plans/kazuo 的文件夹");
            return null;
        }

        return new PlanSession(result, snapshot.Workspace.Options.Plugins);
    }

    public void Print(TextWriter output, Language language, bool explain = false)
    {
        var printer = new DiagnosticPrinter(output, language, FindSource, explain);
        foreach (var d in Diagnostics)
        {
            printer.Print(d);
        }
    }

    public string Summary(Language language)
    {
        var errors = Diagnostics.Count(d => d.IsFailure);
        var warnings = Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning && d.AcceptedReason is null);
        var accepted = Diagnostics.Count(d => d.AcceptedReason is not null);
        return language == Language.En
            ? $"{Compilation.Folder}: {errors} error(s), {warnings} warning(s), {accepted} accepted"
            : $"{Compilation.Folder}：{errors} 个错误，{warnings} 个警告，{accepted} 个已接受的例外";
    }

    public SourceText? FindSource(string path) => _checked.FindSource(path);
}
