using MineralPlan.Workspaces;

namespace MineralPlan.LanguageServer;

/// <summary>
/// The plan workspaces the server has open, one per folder of plan folders (a file's plan folder is its folder;
/// that folder's parent is the workspace), and the documents the client has open, with the URI each was opened by.
/// </summary>
internal sealed class OpenWorkspaces(Func<string, WorkspaceOptions> options)
{
    private readonly Dictionary<string, Workspace> _byRoot = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Uri, int Version)> _open = new(StringComparer.Ordinal);
    private readonly object _gate = new();

    public Workspace For(string file)
    {
        var root = Semantics.WorkspaceRoot.OfFile(file);
        lock (_gate)
        {
            if (!_byRoot.TryGetValue(root, out var workspace))
            {
                workspace = new Workspace(root, options(root));
                _byRoot[root] = workspace;
            }

            return workspace;
        }
    }

    public IReadOnlyList<Workspace> All
    {
        get
        {
            lock (_gate)
            {
                return [.. _byRoot.Values];
            }
        }
    }

    public void Opened(string path, string uri, int version)
    {
        lock (_gate)
        {
            _open[path] = (uri, version);
        }
    }

    public void Closed(string path)
    {
        lock (_gate)
        {
            _open.Remove(path);
        }
    }

    public bool IsOpen(string path)
    {
        lock (_gate)
        {
            return _open.ContainsKey(path);
        }
    }

    public IReadOnlyList<string> OpenPaths
    {
        get
        {
            lock (_gate)
            {
                return [.. _open.Keys];
            }
        }
    }

    /// <summary>The URI to publish for <paramref name="path"/>: the client's own when it opened it, and its version.</summary>
    public (string Uri, int? Version) UriOf(string path)
    {
        lock (_gate)
        {
            return _open.TryGetValue(path, out var open) ? (open.Uri, open.Version) : (DocumentUri.FromPath(path), null);
        }
    }
}
