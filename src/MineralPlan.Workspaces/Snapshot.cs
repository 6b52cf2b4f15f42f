using System.Collections.Immutable;
using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Semantics;
using MineralPlan.Syntax;

namespace MineralPlan.Workspaces;

/// <summary>
/// The workspace at one moment: the disk, with the editor's unsaved texts laid over it. Immutable (like Roslyn's
/// Solution): <see cref="WithDocument"/> returns a new snapshot sharing everything else. Every answer comes from the
/// workspace's cache when what it was built from is unchanged, so asking a new snapshot after a one-file edit
/// re-parses that file, re-binds its plan, and re-checks only the plans whose inputs changed.
/// </summary>
public sealed class Snapshot
{
    private readonly Workspace _workspace;

    internal Snapshot(Workspace workspace, ImmutableDictionary<string, DocumentText> documents, long generation)
    {
        _workspace = workspace;
        Documents = documents;
        Generation = generation;
    }

    public Workspace Workspace => _workspace;

    /// <summary>The editor's texts by full path.</summary>
    public ImmutableDictionary<string, DocumentText> Documents { get; }

    /// <summary>Bumped by <see cref="Workspace.Refresh"/>: checks made before it are not reused.</summary>
    internal long Generation { get; }

    private string DisplayRoot => _workspace.Options.DisplayRoot;

    private CompilationCache Cache => _workspace.Cache;

    public Snapshot WithDocument(string fullPath, DocumentText text) => new(_workspace, Documents.SetItem(fullPath, text), Generation);

    public Snapshot WithoutDocument(string fullPath) => new(_workspace, Documents.Remove(fullPath), Generation);

    /// <summary>The text of <paramref name="fullPath"/>: the editor's, else the disk's (null when unreadable).</summary>
    public string? TextOf(string fullPath) =>
        Documents.TryGetValue(fullPath, out var open) ? open.Text : Parse(fullPath).Result?.Source.Text;

    /// <summary>The workspace's plan folders (full paths), in name order.</summary>
    public IReadOnlyList<string> PlanFolders() => [.. Plans().PlanFolders().Select(name => Path.Combine(_workspace.Root, name))];

    /// <summary>Finds plans by name in this snapshot: folders of the workspace (with unsaved texts), then plugins.</summary>
    /// <param name="only">The plan folder names to list and find children among (a subtree checked on its own); null: all.</param>
    public PlanLookup Plans(IReadOnlySet<string>? only = null) => new(this, only);

    /// <summary>The plan folder <paramref name="folder"/> compiled (read, parsed, bound); null when it is not a folder.</summary>
    public Compilation? Compile(string folder)
    {
        folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        if (!Directory.Exists(folder))
        {
            return null;
        }

        var files = Directory.EnumerateFiles(folder, "*" + PlanLoader.Extension, SearchOption.TopDirectoryOnly)
            .Concat(Documents.Keys.Where(k => string.Equals(Path.GetDirectoryName(k), folder, StringComparison.Ordinal) && k.EndsWith(PlanLoader.Extension, StringComparison.Ordinal)))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var parses = files.Select(Parse).ToList();
        if (Cache.Compilations.TryGetValue(folder, out var known) && known.From.SequenceEqual(parses, SameObject.Comparer))
        {
            return known.Compilation;
        }

        Cache.Counters.Bound();
        var display = PlanLoader.DisplayPath(folder, DisplayRoot);
        var diagnostics = new DiagnosticBag();
        Compilation compilation;
        if (files.Count == 0)
        {
            diagnostics.Add(BindDiagnostics.NoPlanFiles, SourceSpan.None(display), display);
            compilation = new Compilation(display, [], null, diagnostics.ToImmutable());
        }
        else
        {
            foreach (var p in parses)
            {
                diagnostics.AddRange(p.ReadDiagnostics);
            }

            compilation = PlanLoader.Compile(display, [.. parses.Select(p => p.Result).OfType<ParseResult>()], diagnostics, catalog: null);
        }

        Cache.Compilations[folder] = new CompilationCache.Compiled(parses, compilation);
        return compilation;
    }

    /// <summary>
    /// The plan in <paramref name="folder"/> checked against its relatives in this snapshot, or null when it is no folder.
    /// Reused while the plan, its parents, the children it reads and the settings are unchanged.
    /// </summary>
    public CheckedPlan? Check(string folder, CancellationToken cancellation = default, PlanLookup? plans = null)
    {
        folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        // A shared PlanLookup (one subtree checked in parallel) hands out one compilation per plan, so a plan and
        // the children that name it as parent see the same object.
        var compilation = plans?.Find(Path.GetFileName(folder)) ?? Compile(folder);
        plans ??= Plans();
        if (compilation is null)
        {
            return null;
        }

        var key = CheckKey(folder, compilation, plans);
        if (Cache.Checks.TryGetValue(folder, out var known) && known.From.SequenceEqual(key, SameObject.Comparer))
        {
            return known.Result;
        }

        cancellation.ThrowIfCancellationRequested();
        Cache.Counters.Checked();
        var result = CheckDriver.Run(folder, compilation, plans, _workspace.Options, _workspace.Rules, cancellation);
        if (result is not null)
        {
            Cache.Checks[folder] = new CompilationCache.Checked(key, result);
        }

        return result;
    }

    /// <summary>
    /// The plan folders whose check reads <paramref name="folder"/>'s plan: every plan below it (their parents'
    /// items, carried and constrained), and its parent when that parent counts its children per region.
    /// </summary>
    public IReadOnlyList<string> Dependents(string folder)
    {
        folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        // Each plan folder's id and parent, read once (compilations are cached): the plans below are found in this map,
        // not by listing and compiling the workspace again for every level.
        var plans = PlanFolders().SelectMany(f => Compile(f)?.Plan is { } plan ? [(Folder: f, Plan: plan)] : Array.Empty<(string Folder, Semantics.Model.Plan Plan)>()).ToList();
        var childrenOf = plans.SelectMany(p => p.Plan.Header.Parent is { } parent ? [(Parent: parent.Text, Child: p)] : Array.Empty<(string Parent, (string Folder, Semantics.Model.Plan Plan) Child)>())
            .ToLookup(p => p.Parent, p => p.Child, StringComparer.Ordinal);
        var own = Compile(folder)?.Plan;
        var result = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { folder };
        var below = new Queue<string>([own?.Header.Id ?? Path.GetFileName(folder)]);
        while (below.Count > 0)
        {
            foreach (var child in childrenOf[below.Dequeue()].Where(c => seen.Add(c.Folder)))
            {
                result.Add(child.Folder);
                below.Enqueue(child.Plan.Header.Id);
            }
        }

        // The parent reads its children when it counts per region (按行政区).
        if (own?.Header.Parent?.Text is { } parent && plans.FirstOrDefault(p => p.Plan.Header.Id == parent) is { Plan: { } p } parentPlan
            && p.OfType<Semantics.Model.DeclaredCount>().Any(c => c.ByRegion.Length > 0) && seen.Add(parentPlan.Folder))
        {
            result.Add(parentPlan.Folder);
        }

        return result;
    }

    private List<object> CheckKey(string folder, Compilation compilation, PlanLookup plans)
    {
        // What a check reads: its compilation, its ancestors', the children it counts, the settings and scripts
        // beside it (by stamp), and the generation (GIS files and other outside inputs are re-read after Refresh).
        List<object> key = [compilation, Generation];
        if (compilation.Plan is { } plan)
        {
            key.AddRange(plans.Ancestors(plan).Ancestors);
            if (plan.OfType<Semantics.Model.DeclaredCount>().Any(c => c.ByRegion.Length > 0))
            {
                key.AddRange(plans.Children(plan));
            }
        }

        key.Add(FileStamp.Of(Path.Combine(folder, WorkspaceSettings.FileName), null));
        key.Add(FileStamp.Of(Path.Combine(_workspace.Root, WorkspaceSettings.FileName), null));
        key.AddRange(Directory.EnumerateFiles(folder, "*.rule.csx").Order(StringComparer.Ordinal).Select(f => f + FileStamp.Of(f, null)));
        return key;
    }

    private CompilationCache.Parsed Parse(string fullPath)
    {
        Documents.TryGetValue(fullPath, out var open);
        var stamp = FileStamp.Of(fullPath, open);
        if (Cache.Parses.TryGetValue(fullPath, out var known) && known.Stamp == stamp)
        {
            return known;
        }

        Cache.Counters.Parsed();
        var display = PlanLoader.DisplayPath(fullPath, DisplayRoot);
        var (text, readDiagnostics) = open is not null ? Editor(open.Text, display) : SourceReader.ReadFile(fullPath, display, _workspace.RealRoot);
        var parsed = new CompilationCache.Parsed(stamp, text is null ? null : PlanParser.Parse(text, display), readDiagnostics);
        Cache.Parses[fullPath] = parsed;
        return parsed;
    }

    /// <summary>An editor's text is held to the limit a file on disk is: past it, the file is reported, not parsed.</summary>
    private static (string? Text, IReadOnlyList<Diagnostic> Diagnostics) Editor(string text, string display)
    {
        // UTF-16 units underestimate UTF-8 bytes; a text of more units than the byte limit is over it either way.
        if (text.Length > SourceReader.MaxFileBytes)
        {
            var mb = SourceReader.MaxFileBytes >> 20;
            return (null, [Diagnostic.Create(SyntaxDiagnostics.NotRegularFile, SourceSpan.None(display), display,
                new Bilingual($"holds {text.Length >> 20} M characters, more than the {mb} MB this tool reads", $"含 {text.Length >> 20} M 个字符，超过本工具读取上限 {mb} MB"))]);
        }

        return (text, []);
    }

    internal Compilation CompilePlugin(Abstractions.Plugins.PlanSource source) =>
        Cache.PluginPlans.GetOrAdd(source.Name, _ => PlanLoader.LoadSource(source));
}
