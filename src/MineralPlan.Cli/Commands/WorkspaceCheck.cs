using System.Text.RegularExpressions;
using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Semantics;
using MineralPlan.Workspaces;

namespace MineralPlan.Cli.Commands;

/// <summary>
/// <c>mplan check plans/</c>: every plan of a workspace folder, each checked as <c>mplan check</c> checks one
/// (against its parents and the children present), every plan compiled once and the work spread over all cores.
/// A plan needs only its ancestors and its children, so the workspace is checked one subtree (a top plan and
/// everything below it) at a time and each subtree's compilations are released before the next: memory follows
/// the largest province, not the country. Findings are the same as checking the whole workspace at once, and are
/// printed plan by plan, in folder order.
/// </summary>
internal static partial class WorkspaceCheck
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
        var root = context.Resolve(folderArgument);
        var folders = new Workspace(root, options).Current.Plans().PlanFolders();
        var peeked = Parents(root, folders);
        var groups = bySubtree ? Subtrees(folders, peeked) : [[.. folders]];

        var reports = new Dictionary<string, PlanReport>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            // One workspace per subtree: its cache, and so the subtree's compilations, go when the subtree is done.
            var snapshot = new Workspace(root, options).Current;
            var plans = snapshot.Plans(groups.Count == 1 ? null : group.ToHashSet(StringComparer.Ordinal));
            foreach (var (name, report) in group.AsParallel().AsOrdered()
                .Select(name => (name, Session: PlanSession.Open(Path.Combine(root, name), context, language, snapshot, plans)))
                .SelectMany(s => s.Session is { } session ? [(s.name, PlanReport.Of(session, language, explain))] : Array.Empty<(string, PlanReport)>())
                .ToList())
            {
                reports[name] = report;
            }
        }

        // A plan whose parent the quick look misread may have been checked without a child in another subtree:
        // then check the workspace in one piece, so the findings never depend on the grouping.
        if (groups.Count > 1 && reports.Any(r => r.Value.Parent != peeked[r.Key]))
        {
            return Run(folderArgument, context, language, pluginFolder, trustScripts, extraRules, bySubtree: false, explain);
        }

        return ([.. folders.Where(reports.ContainsKey).Select(f => reports[f])], options.PluginDiagnostics);
    }

    /// <summary>The subtrees a check of <paramref name="root"/> works through, as the quick look at the headers finds them.</summary>
    internal static List<List<string>> Subtrees(string root)
    {
        var folders = new Workspace(root, new WorkspaceOptions { DisplayRoot = root }).Current.Plans().PlanFolders();
        return Subtrees(folders, Parents(root, folders));
    }

    private static Dictionary<string, string?> Parents(string root, IReadOnlyList<string> folders) =>
        folders.ToDictionary(f => f, f => PeekParent(Path.Combine(root, f)), StringComparer.Ordinal);

    /// <summary>The workspace's subtrees: each top plan with every plan below it, in the order their first folder appears.</summary>
    private static List<List<string>> Subtrees(IReadOnlyList<string> folders, Dictionary<string, string?> parents)
    {
        string Top(string name)
        {
            var current = name;
            for (var depth = 0; depth < PlanWorkspace.MaxDepth && parents.GetValueOrDefault(current) is { } parent && parents.ContainsKey(parent) && parent != name; depth++)
            {
                current = parent;
            }

            return current;
        }

        return [.. folders.GroupBy(Top, StringComparer.Ordinal).Select(g => g.ToList())];
    }

    /// <summary>
    /// The plan's parent as its header names it (<c>上级规划: x</c>), read from the text without compiling, to group
    /// the workspace. Only the 规划 block is read, up to its closing brace; comments are skipped. A wrong guess costs
    /// only the grouping (see <see cref="Run"/>).
    /// </summary>
    private static string? PeekParent(string folder)
    {
        foreach (var file in Directory.EnumerateFiles(folder, "*" + PlanLoader.Extension).Order(StringComparer.Ordinal))
        {
            if (Syntax.Files.FileKind.ReadProblem(file, Syntax.SourceReader.MaxFileBytes) is not null)
            {
                continue;
            }

            var depth = -1;
            foreach (var line in File.ReadLines(file))
            {
                var code = line.Split("//", 2)[0];
                if (depth < 0 && PlanHeader().IsMatch(code))
                {
                    depth = 0;
                }

                if (depth < 0)
                {
                    continue;
                }

                if (ParentProperty().Match(code) is { Success: true } m)
                {
                    return m.Groups[1].Value;
                }

                depth += code.Count(c => c == '{') - code.Count(c => c == '}');
                if (depth <= 0)
                {
                    return null;   // the header closed without naming a parent: a top plan
                }
            }
        }

        return null;
    }

    [GeneratedRegex(@"^\s*(?:规划|plan)\s+[^\s{]+\s*\{")]
    private static partial Regex PlanHeader();

    [GeneratedRegex(@"(?:上级规划|\bparent)\s*[:：]\s*([^\s;；,，{}""]+)")]
    private static partial Regex ParentProperty();
}
