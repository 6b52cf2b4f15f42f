using System.Collections.Immutable;
using MineralPlan.Checking;

namespace MineralPlan.Workspaces;

/// <summary>
/// A folder of plan folders (normally <c>plans/</c>) as a host sees it: the current <see cref="Snapshot"/>, swapped
/// whole on every change, and the cache that lets a new snapshot reuse everything an edit did not touch.
/// A language server keeps one for as long as the folder is open; the CLI makes one per command.
/// </summary>
public sealed class Workspace
{
    private readonly object _gate = new();
    private Snapshot _current;
    private IReadOnlyList<IRule> _rules;

    /// <param name="root">The folder holding the plan folders; made absolute.</param>
    public Workspace(string root, WorkspaceOptions options)
    {
        Root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        Options = options;
        _rules = RuleProvider.For(options);
        _current = new Snapshot(this, ImmutableDictionary<string, DocumentText>.Empty.WithComparers(StringComparer.Ordinal), generation: 0);
    }

    public string Root { get; }

    /// <summary>
    /// One plan folder compiled (read, parsed, bound) through this layer, for a command that needs the model but not a
    /// check (export, db, diff); null when it is no folder. Its workspace is the folder's parent (<see cref="Semantics.WorkspaceRoot"/>).
    /// </summary>
    public static Semantics.Compilation? CompileFolder(string folder, string displayRoot) =>
        new Workspace(Semantics.WorkspaceRoot.OfPlanFolder(folder), new WorkspaceOptions { DisplayRoot = displayRoot }).Current.Compile(folder);

    /// <summary>The root with every link resolved, once: plan files must resolve inside it (MP0011).</summary>
    internal string RealRoot => _realRoot ??= Syntax.Files.PathConfinement.RealPath(Root) ?? Root;

    private string? _realRoot;

    public WorkspaceOptions Options { get; }

    /// <summary>Every rule a check runs (scripts aside): <see cref="RuleProvider.For"/>, made again on <see cref="Refresh"/> (the spatial rules keep each plan's boundaries).</summary>
    public IReadOnlyList<IRule> Rules => Volatile.Read(ref _rules);

    public Snapshot Current => Volatile.Read(ref _current);

    internal CompilationCache Cache { get; } = new();

    /// <summary>Parses, bindings and checks done so far rather than reused.</summary>
    public WorkCounters Work => Cache.Counters;

    /// <summary>
    /// An editor's text for <paramref name="path"/> (open or changed), or with null text its disk copy again (closed).
    /// Returns the new current snapshot.
    /// </summary>
    public Snapshot Update(string path, string? text, int version)
    {
        var full = Path.GetFullPath(path);
        lock (_gate)
        {
            var next = text is null ? _current.WithoutDocument(full) : _current.WithDocument(full, new DocumentText(text, version));
            Volatile.Write(ref _current, next);
            return next;
        }
    }

    /// <summary>
    /// Files changed on disk (a watcher's event, a saved settings file, a GIS file): a new snapshot that reads them
    /// again. Checks are redone; parses and compilations whose files' stamps did not change are still reused.
    /// </summary>
    public Snapshot Refresh()
    {
        lock (_gate)
        {
            // GIS files may have changed: new rules, so boundaries are read again.
            Volatile.Write(ref _rules, RuleProvider.For(Options));
            var next = new Snapshot(this, _current.Documents, _current.Generation + 1);
            Volatile.Write(ref _current, next);
            return next;
        }
    }

    /// <summary>The plan folder holding <paramref name="file"/>, when it is one of this workspace's.</summary>
    public string? PlanFolderOf(string file)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        return folder is not null && string.Equals(Path.GetDirectoryName(folder), Root, StringComparison.Ordinal) ? folder : null;
    }
}
