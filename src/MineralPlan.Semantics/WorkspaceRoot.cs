namespace MineralPlan.Semantics;

/// <summary>
/// Where a plan's workspace is, decided in this one place for every host (the CLI, the language server, the
/// readers): the folder holding the plan folder. A plan file's workspace is its folder's parent. Trust, settings
/// and the confinement of the files a plan reads all start from it.
/// </summary>
public static class WorkspaceRoot
{
    /// <summary>The workspace of the plan folder <paramref name="planFolder"/> (its parent; the folder itself at the file system's root).</summary>
    public static string OfPlanFolder(string planFolder)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(planFolder));
        return Path.GetDirectoryName(full) ?? full;
    }

    /// <summary>The workspace of the plan file <paramref name="file"/>.</summary>
    public static string OfFile(string file)
    {
        var full = Path.GetFullPath(file);
        return OfPlanFolder(Path.GetDirectoryName(full) ?? full);
    }
}
