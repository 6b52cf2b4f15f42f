namespace MineralPlan.Workspaces;

/// <summary>
/// What a cached result was built from, file by file: an open document's version, or a file's size and time on disk.
/// Two equal stamps mean the same text, so a cache keyed by them never needs invalidating by hand.
/// </summary>
internal static class FileStamp
{
    public static string Of(string path, DocumentText? open)
    {
        if (open is not null)
        {
            return "v" + open.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var info = new FileInfo(path);
        return info.Exists
            ? "d" + info.LastWriteTimeUtc.Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture) + ":" + info.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : "-";
    }
}
