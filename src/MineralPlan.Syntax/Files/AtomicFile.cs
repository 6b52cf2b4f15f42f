namespace MineralPlan.Syntax.Files;

/// <summary>
/// A file written whole or not at all, the one way every writer of mplan replaces a file (outputs, fmt and fix, the
/// user's trust list): the bytes go to a temporary file beside the target, <c>.NAME.XXXXXXXXXXXX.mplan-tmp</c>, which is
/// renamed over it. A failed write or rename leaves no temporary file; one that a killed run left behind (a process
/// that is killed cannot clean up) is removed by the next write of the same file once it is ten minutes old.
/// </summary>
public static class AtomicFile
{
    public const string TempSuffix = ".mplan-tmp";

    /// <summary>How old a temporary file must be before it counts as left by a killed run rather than a running one.</summary>
    public static readonly TimeSpan Stale = TimeSpan.FromMinutes(10);

    /// <param name="write">Writes the content to the temporary file's stream.</param>
    /// <param name="beforeRename">What to set on the temporary file before it takes the target's place (mode, owner).</param>
    public static void Write(string target, Action<Stream> write, Action<string>? beforeRename = null)
    {
        var full = Path.GetFullPath(target);
        var folder = Path.GetDirectoryName(full) ?? ".";
        var name = Path.GetFileName(full);
        RemoveStale(folder, name);
        var temp = Path.Combine(folder, "." + name + "." + Guid.NewGuid().ToString("N")[..12] + TempSuffix);
        try
        {
            // CreateNew: never through a file (or a link) that is already there.
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
            {
                write(stream);
            }

            beforeRename?.Invoke(temp);
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            try
            {
                File.Delete(temp);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The folder refuses even the delete: there is nothing more this process can do about it.
            }
        }
    }

    public static void Write(string target, byte[] content, Action<string>? beforeRename = null) =>
        Write(target, stream => stream.Write(content), beforeRename);

    private static void RemoveStale(string folder, string name)
    {
        try
        {
            foreach (var left in Directory.EnumerateFiles(folder, "." + name + ".????????????" + TempSuffix))
            {
                if (DateTime.UtcNow - File.GetLastWriteTimeUtc(left) > Stale)
                {
                    File.Delete(left);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the next write: this one does not depend on it.
        }
    }
}
