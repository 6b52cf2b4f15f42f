using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Semantics;
using MineralPlan.Workspaces;

namespace MineralPlan.Cli.Commands;

/// <summary>
/// <c>mplan check plans/</c>: every plan of a workspace folder checked by the compilation layer (<see cref="SubtreeCheck"/>:
/// subtree by subtree, on all cores), each kept as the report <c>mplan check</c> prints for one plan, in folder order.
/// </summary>
internal static class WorkspaceCheck
{
    /// <summary>True when <paramref name="folder"/> holds no plan files itself but sub-folders that do.</summary>
    public static bool IsWorkspace(string folder) =>
        Directory.Exists(folder)
        && !Directory.EnumerateFiles(folder, "*" + PlanLoader.Extension).Any()
        && Directory.EnumerateDirectories(folder).Any(d => Directory.EnumerateFiles(d, "*" + PlanLoader.Extension).Any());

    /// <param name="bySubtree">false: the whole workspace in one piece (the yardstick the subtree run is tested against).</param>
    public static (IReadOnlyList<PlanReport> Reports, IReadOnlyList<Diagnostic> PluginDiagnostics) Run(string folderArgument, CliContext context, Language language, string? pluginFolder, bool trustScripts = false,
        IReadOnlyList<Checking.IRule>? extraRules = null, bool bySubtree = true, bool explain = false)
    {
        var options = CliWorkspace.Options(context, pluginFolder, trustScripts, extraRules);
        var reports = SubtreeCheck.Run(context.Resolve(folderArgument), options,
            (_, result) => PlanReport.Of(PlanSession.Of(result, options.Plugins), language, explain), bySubtree);
        return (reports, options.PluginDiagnostics);
    }
}
