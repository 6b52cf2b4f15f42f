using System.Collections.Immutable;
using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Abstractions.Plugins;
using MineralPlan.Semantics;
using MineralPlan.Semantics.Model;

namespace MineralPlan.Workspaces;

/// <summary>
/// Finds plans by name in a snapshot: first a folder of that name in the workspace (the folder holding the plan being
/// checked, normally plans/), then the plans contributed by plugins; each compiled once, by the snapshot (so with the
/// editor's unsaved text and the layer's cache).
/// </summary>
public sealed class PlanLookup
{
    private readonly Snapshot _snapshot;
    private readonly string _root;
    private readonly IReadOnlySet<string>? _only;
    private readonly ImmutableArray<PlanSource> _pluginPlans;

    /// <param name="only">The plan folders this lookup lists and looks for children in (a subtree checked on its own);
    /// null: every plan folder of the workspace. Parents outside it are still found by name.</param>
    internal PlanLookup(Snapshot snapshot, IReadOnlySet<string>? only)
    {
        _snapshot = snapshot;
        _root = snapshot.Workspace.Root;
        _only = only;
        _pluginPlans = [.. snapshot.Workspace.Options.Plugins.SelectMany(p => p.Plans)];
    }

    public const int MaxDepth = 6;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Compilation?> _cache = new(StringComparer.Ordinal);

    public static readonly DiagnosticDescriptor ParentNotFound = new(
        "MP3001", DiagnosticSeverity.Error, "Parent plan not found",
        "the parent plan '{0}' is neither a folder in {1} nor a plan of a loaded plugin; add it to plans/ or load its plugin with --plugins DIR",
        "未找到上级规划“{0}”：{1} 下没有该文件夹，已加载的插件中也没有；请将其加入 plans/，或用 --plugins 目录 加载其插件");

    public static readonly DiagnosticDescriptor ParentCycle = new(
        "MP3012", DiagnosticSeverity.Error, "Parent chain loops",
        "the chain of parent plans loops back to '{0}' (or is deeper than {1}); each plan's parent must be one level up",
        "上级规划链回到了“{0}”（或超过 {1} 层）；每个规划的上级必须高一级");

    public static readonly DiagnosticDescriptor ExternalParent = new(
        "MP3015", DiagnosticSeverity.Info, "Parent plan is external",
        "the parent plan '{0}' (《{1}》) is declared external: it is in neither the workspace nor a plugin, so the rules across levels were not run against it; add its folder to {2} or load its plugin to check them",
        "上级规划“{0}”（《{1}》）声明为外部规划：工作区和插件中都没有，因此未进行跨级检查；将其文件夹加入 {2} 或加载其插件后即可检查");

    public IReadOnlyList<PlanSource> PluginPlans => _pluginPlans;

    /// <summary>The folder holding the plan folders.</summary>
    public string Root => _root;

    /// <summary>The workspace's plan folders (sub-folders holding .mplan files), in name order.</summary>
    public IReadOnlyList<string> PlanFolders() => Directory.Exists(_root)
        ? [.. Directory.EnumerateDirectories(_root).Where(d => Directory.EnumerateFiles(d, "*" + PlanLoader.Extension).Any()).Select(Path.GetFileName).OfType<string>()
            .Where(name => _only is null || _only.Contains(name)).Order(StringComparer.Ordinal)]
        : [];

    public Compilation? Find(string name)
    {
        if (_cache.TryGetValue(name, out var cached))
        {
            return cached;
        }

        Compilation? found = null;
        var folder = Path.Combine(_root, name);
        if (name.IndexOfAny(['/', '\\']) < 0 && Directory.Exists(folder) && Directory.EnumerateFiles(folder, "*" + PlanLoader.Extension).Any())
        {
            found = _snapshot.Compile(folder);
        }
        else if (_pluginPlans.FirstOrDefault(p => p.Name == name) is { } source)
        {
            found = _snapshot.CompilePlugin(source);
        }

        return _cache.GetOrAdd(name, found);
    }

    /// <summary>The plans in the workspace folder whose parent is <paramref name="plan"/> (its children).</summary>
    public ImmutableArray<Compilation> Children(Plan plan)
    {
        if (!Directory.Exists(_root))
        {
            return [];
        }

        return [.. Directory.EnumerateDirectories(_root).Order(StringComparer.Ordinal)
            .Where(d => _only is null || _only.Contains(Path.GetFileName(d)))
            .Select(d => Find(Path.GetFileName(d)))
            .OfType<Compilation>()
            .Where(c => c.Plan?.Header.Parent?.Text == plan.Header.Id && c.Plan.Header.Id != plan.Header.Id)];
    }

    /// <summary>The plans above <paramref name="plan"/>, parent first, with a finding when one is missing or the chain loops.</summary>
    public (ImmutableArray<Compilation> Ancestors, ImmutableArray<Diagnostic> Diagnostics) Ancestors(Plan plan)
    {
        var result = ImmutableArray.CreateBuilder<Compilation>();
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { plan.Header.Id };
        var current = plan;
        while (current.Header.Parent is { } parentRef)
        {
            var name = parentRef.Text;
            if (!seen.Add(name) || result.Count >= MaxDepth)
            {
                diagnostics.Add(Diagnostic.Create(ParentCycle, parentRef.Span, name, MaxDepth));
                break;
            }

            var parent = Find(name);
            if (parent?.Plan is null)
            {
                // A plan that names its parent by title too (上级标题) can be checked alone: the parent is external.
                diagnostics.Add(current == plan && plan.Header.ParentTitle is { } title
                    ? Diagnostic.Create(ExternalParent, parentRef.Span, name, title.Trim('《', '》'), PlanLoader.DisplayPath(_root, _snapshot.Workspace.Options.DisplayRoot))
                    : Diagnostic.Create(ParentNotFound, parentRef.Span, name, PlanLoader.DisplayPath(_root, _snapshot.Workspace.Options.DisplayRoot)));
                break;
            }

            result.Add(parent);
            current = parent.Plan;
        }

        return (result.ToImmutable(), diagnostics.ToImmutable());
    }
}
