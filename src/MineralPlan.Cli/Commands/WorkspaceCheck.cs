using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Semantics;

namespace MineralPlan.Cli.Commands;

/// <summary>
/// <c>mplan check plans/</c>: every plan of a workspace folder, each checked as <c>mplan check</c> checks
/// one (against its parents and the children present), but every plan compiled once and the work spread
/// over all cores. Findings are printed plan by plan, in folder order.
/// </summary>
internal static class WorkspaceCheck
{
    /// <summary>True when <paramref name="folder"/> holds no plan files itself but sub-folders that do.</summary>
    public static bool IsWorkspace(string folder) =>
        Directory.Exists(folder)
        && !Directory.EnumerateFiles(folder, "*" + PlanLoader.Extension).Any()
        && Directory.EnumerateDirectories(folder).Any(d => Directory.EnumerateFiles(d, "*" + PlanLoader.Extension).Any());

    public static (IReadOnlyList<PlanSession> Sessions, IReadOnlyList<Diagnostic> PluginDiagnostics) Run(string folderArgument, CliContext context, Language language, string? pluginFolder, bool trustScripts = false,
        IReadOnlyList<Checking.IRule>? extraRules = null)
    {
        var (plugins, pluginDiagnostics) = pluginFolder is null
            ? ([], [])
            : Isolation.PluginSandbox.Load(context.Resolve(pluginFolder), pluginFolder);
        var root = context.Resolve(folderArgument);
        var workspace = new PlanWorkspace(root, context.WorkingDirectory, [.. plugins.SelectMany(p => p.Plans)]);
        workspace.CompileAll();
        var sessions = workspace.PlanFolders()
            .AsParallel().AsOrdered()
            .Select(name => PlanSession.Open(Path.Combine(root, name), context, language, plugins, [], workspace, trustScripts, extraRules))
            .OfType<PlanSession>()
            .ToList();
        return (sessions, pluginDiagnostics);
    }
}
