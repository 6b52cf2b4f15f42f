namespace MineralPlan.LanguageServer;

/// <summary>
/// The folders the client opened (initialize's workspaceFolders, rootUri, rootPath), by real path: a request for any
/// document elsewhere (after resolving <c>..</c> and links) is answered with an error and reads nothing, so a client
/// cannot make the server print /etc/passwd as a document's symbols. A client that opened no folder (one file in an
/// editor) is served the documents it opened itself.
/// </summary>
internal sealed class DocumentRoots
{
    private IReadOnlyList<string> _roots = [];

    public void Set(IEnumerable<string?> uris)
    {
        var roots = new List<string>();
        foreach (var uri in uris.OfType<string>())
        {
            try
            {
                if (Syntax.Files.PathConfinement.RealPath(DocumentUri.ToPath(uri)) is { } real)
                {
                    roots.Add(Path.TrimEndingDirectorySeparator(real));
                }
            }
            catch (ArgumentException)
            {
                // A root that is no file: URI opens nothing.
            }
        }

        _roots = roots;
    }

    /// <summary>Whether <paramref name="path"/> may be served: inside an opened folder, or opened by the client when it opened no folder.</summary>
    public bool Serves(string path, bool isOpen)
    {
        if (_roots.Count == 0)
        {
            return isOpen;
        }

        return Syntax.Files.PathConfinement.RealPath(path) is { } real && _roots.Any(root => Syntax.Files.PathConfinement.Contains(root, real));
    }
}
