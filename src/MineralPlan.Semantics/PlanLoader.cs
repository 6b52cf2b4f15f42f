using System.Collections.Immutable;
using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Abstractions.Plugins;
using MineralPlan.Semantics.Binding;
using MineralPlan.Semantics.Minerals;
using MineralPlan.Syntax;

namespace MineralPlan.Semantics;

/// <summary>Compiles a plan folder (or a plugin's plan source): read, parse, bind.</summary>
public static class PlanLoader
{
    public const string Extension = ".mplan";

    /// <summary>
    /// Compiles every .mplan file directly in <paramref name="folder"/>, in name order.
    /// <paramref name="displayRoot"/> is the folder paths are shown relative to (the working directory).
    /// Returns null when the folder does not exist.
    /// </summary>
    public static Compilation? LoadFolder(string folder, string displayRoot, MineralCatalog? catalog = null)
    {
        if (!Directory.Exists(folder))
        {
            return null;
        }

        var diagnostics = new DiagnosticBag();
        var files = Directory.EnumerateFiles(folder, "*" + Extension, SearchOption.TopDirectoryOnly)
            .Order(StringComparer.Ordinal)
            .ToList();
        var display = DisplayPath(folder, displayRoot);
        if (files.Count == 0)
        {
            diagnostics.Add(BindDiagnostics.NoPlanFiles, SourceSpan.None(display), display);
            return new Compilation(display, [], null, diagnostics.ToImmutable());
        }

        var parsed = new List<ParseResult>();
        // Plan files must resolve inside the workspace (MP0011).
        var realRoot = Syntax.Files.PathConfinement.RealPath(WorkspaceRoot.OfPlanFolder(folder));
        foreach (var file in files)
        {
            var path = DisplayPath(file, displayRoot);
            var (text, readDiagnostics) = SourceReader.ReadFile(file, path, realRoot);
            diagnostics.AddRange(readDiagnostics);
            if (text is not null)
            {
                parsed.Add(PlanParser.Parse(text, path));
            }
        }

        return Compile(display, parsed, diagnostics, catalog);
    }

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
