namespace MineralPlan.Syntax.Files;

/// <summary>
/// A plan may read only files inside its workspace (the folder holding the plan folders): a plan received from
/// elsewhere must not make the checker read, or tell whether there exists, a file anywhere else on the machine.
/// Absolute paths, <c>..</c> out of the workspace and symbolic links (at any step of the path) that lead out of it
/// are refused with one message that says nothing about the target. The same holds for the GIS files a plan names
/// and for its own *.mplan files (a link named plan.mplan pointing at a secret file).
/// </summary>
public static class PathConfinement
{
    /// <summary>Links followed in one path before giving up (as the kernel's ELOOP limit does).</summary>
    private const int MaxLinks = 40;

    /// <summary>The full path of <paramref name="reference"/> from <paramref name="planFolder"/>, or null when it leaves <paramref name="workspace"/>.</summary>
    public static string? Resolve(string workspace, string planFolder, string reference)
    {
        if (reference.Length == 0 || Path.IsPathRooted(reference) || reference.Contains('\0', StringComparison.Ordinal))
        {
            return null;
        }

        var lexicalRoot = Path.GetFullPath(workspace);
        var full = Path.GetFullPath(Path.Combine(planFolder, reference));
        if (!Inside(lexicalRoot, full))
        {
            return null;
        }

        var root = RealPath(lexicalRoot);
        var real = RealPath(full);
        return root is not null && real is not null && Inside(root, real) ? full : null;
    }

    /// <summary>Whether the file <paramref name="file"/>, its links resolved, lies in the folder whose real path is <paramref name="realWorkspace"/>.</summary>
    public static bool IsInsideReal(string realWorkspace, string file) =>
        RealPath(Path.GetFullPath(file)) is { } real && Contains(realWorkspace, real);

    /// <summary>
    /// Whether <paramref name="path"/> is <paramref name="folder"/> or lies below it, compared as written (resolve links
    /// first): the one test of "inside" for plan files, GIS files, the editor's opened folders and the user's trust.
    /// </summary>
    public static bool Contains(string folder, string path) =>
        string.Equals(Path.TrimEndingDirectorySeparator(path), Path.TrimEndingDirectorySeparator(folder), StringComparison.Ordinal) || Inside(folder, path);

    private static bool Inside(string root, string path)
    {
        // The file system's root already ends in its separator ("/"), every other folder gets one.
        var trimmed = Path.TrimEndingDirectorySeparator(root);
        var prefix = trimmed.EndsWith(Path.DirectorySeparatorChar) ? trimmed : trimmed + Path.DirectorySeparatorChar;
        return path.StartsWith(prefix, StringComparison.Ordinal);
    }

    /// <summary>
    /// The path with every symbolic link resolved, component by component (the part that does not exist
    /// yet is kept as written); null for a link loop. .NET has no realpath(3); this walks the links itself.
    /// </summary>
    public static string? RealPath(string path)
    {
        var parts = new Stack<string>(Path.GetFullPath(path).Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Reverse());
        var current = Path.GetPathRoot(Path.GetFullPath(path)) ?? "/";
        var links = 0;
        while (parts.Count > 0)
        {
            var part = parts.Pop();
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Combine(current, part);
            string? target;
            try
            {
                target = new FileInfo(next).LinkTarget;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                target = null;
            }

            if (target is null)
            {
                current = next;
                continue;
            }

            if (++links > MaxLinks)
            {
                return null;
            }

            var resolved = Path.IsPathRooted(target) ? target : Path.Combine(current, target);
            foreach (var p in Path.GetFullPath(resolved).Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Reverse())
            {
                parts.Push(p);
            }

            current = Path.GetPathRoot(Path.GetFullPath(resolved)) ?? "/";
        }

        return current;
    }
}
