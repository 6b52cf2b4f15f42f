using System.Collections.Immutable;
using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Abstractions.Plugins;
using MineralPlan.Semantics.Binding;
using MineralPlan.Semantics.Minerals;
using MineralPlan.Syntax;

namespace MineralPlan.Semantics;

/// <summary>
/// Compiles a plan from its parsed files or a plugin's plan source: parse, bind. A plan folder on disk is compiled by
/// the compilation layer (MineralPlan.Workspaces: Snapshot.Compile, Workspace.CompileFolder), which reads, confines and caches its files.
/// </summary>
public static class PlanLoader
{
    public const string Extension = ".mplan";

    public static Compilation LoadSource(PlanSource source, MineralCatalog? catalog = null)
    {
        var parsed = source.Files.Order(Comparer<PlanSourceFile>.Create((a, b) => string.CompareOrdinal(a.Path, b.Path)))
            .Select(f => PlanParser.Parse(f.Text, f.Path)).ToList();
        return Compile(source.Name, parsed, new DiagnosticBag(), catalog);
    }

    public static Compilation Compile(string display, IReadOnlyList<ParseResult> parsed, DiagnosticBag diagnostics, MineralCatalog? catalog)
    {
        foreach (var p in parsed)
        {
            diagnostics.AddRange(p.Diagnostics);
        }

        var (plan, _) = PlanBinder.Bind(parsed, catalog ?? ShippedCatalog.Minerals, diagnostics, display);
        return new Compilation(display, [.. parsed], plan, diagnostics.ToImmutable());
    }

    /// <summary>Repo- or cwd-relative, forward slashes: stable text for baselines.</summary>
    public static string DisplayPath(string path, string root)
    {
        var relative = Path.GetRelativePath(root, Path.GetFullPath(path));
        return relative.Replace('\\', '/');
    }
}
