using System.Collections.Immutable;
using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Abstractions.Plugins;
using MineralPlan.Semantics.Model;

namespace MineralPlan.Semantics;

/// <summary>
/// Finds plans by name: first a folder of that name in the workspace (the folder holding the plan
/// being checked, normally plans/), then the plans contributed by plugins. Compiles each once.
/// </summary>
/// <param name="only">The plan folders this workspace lists and looks for children in (a subtree checked on its own);
/// null: every plan folder under <paramref name="root"/>. Parents outside it are still found by name.</param>
/// <param name="loadFolder">Compiles a plan folder given its full path: the compilation layer's (MineralPlan.Workspaces), which
/// reads the editor's unsaved text and caches; null only for a workspace that lists its folders and compiles none.</param>
/// <param name="loadSource">Compiles a plugin's plan; null: <see cref="PlanLoader.LoadSource"/>. A host that keeps compilations
/// across checks passes a cached one, so a plugin parent is the same object each time.</param>
public sealed class PlanWorkspace(string root, string displayRoot, IReadOnlyList<PlanSource> pluginPlans, IReadOnlySet<string>? only = null,
    Func<string, Compilation?>? loadFolder = null, Func<PlanSource, Compilation>? loadSource = null)
{
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

    public IReadOnlyList<PlanSource> PluginPlans => pluginPlans;

    /// <summary>The folder holding the plan folders.</summary>
    public string Root => root;

    /// <summary>The workspace's plan folders (sub-folders holding .mplan files), in name order.</summary>
    public IReadOnlyList<string> PlanFolders() => Directory.Exists(root)
        ? [.. Directory.EnumerateDirectories(root).Where(d => Directory.EnumerateFiles(d, "*" + PlanLoader.Extension).Any()).Select(Path.GetFileName).OfType<string>()
            .Where(name => only is null || only.Contains(name)).Order(StringComparer.Ordinal)]
        : [];

    public Compilation? Find(string name)
    {
        if (_cache.TryGetValue(name, out var cached))
        {
            return cached;
        }

        Compilation? found = null;
        var folder = Path.Combine(root, name);
        if (name.IndexOfAny(['/', '\\']) < 0 && Directory.Exists(folder) && Directory.EnumerateFiles(folder, "*" + PlanLoader.Extension).Any())
        {
            found = loadFolder?.Invoke(folder);
        }
        else if (pluginPlans.FirstOrDefault(p => p.Name == name) is { } source)
        {
            found = loadSource is null ? PlanLoader.LoadSource(source) : loadSource(source);
        }

        return _cache.GetOrAdd(name, found);
    }

    /// <summary>The plans in the workspace folder whose parent is <paramref name="plan"/> (its children).</summary>
    public ImmutableArray<Compilation> Children(Plan plan)
    {
        if (!Directory.Exists(root))
        {
            return [];
        }

        return [.. Directory.EnumerateDirectories(root).Order(StringComparer.Ordinal)
            .Where(d => only is null || only.Contains(Path.GetFileName(d)))
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
                    ? Diagnostic.Create(ExternalParent, parentRef.Span, name, title.Trim('《', '》'), PlanLoader.DisplayPath(root, displayRoot))
                    : Diagnostic.Create(ParentNotFound, parentRef.Span, name, PlanLoader.DisplayPath(root, displayRoot)));
                break;
            }

            result.Add(parent);
            current = parent.Plan;
        }

        return (result.ToImmutable(), diagnostics.ToImmutable());
    }
}
