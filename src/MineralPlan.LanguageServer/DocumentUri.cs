namespace MineralPlan.LanguageServer;

/// <summary>file: URIs and paths. A document the client opened keeps the exact URI it sent (clients differ in how they escape).</summary>
internal static class DocumentUri
{
    public static string ToPath(string uri)
    {
        if (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || !parsed.IsFile)
        {
            throw new ArgumentException($"not a file: URI: {uri}");
        }

        return Path.GetFullPath(parsed.LocalPath);
    }

    public static string FromPath(string path) => new Uri(Path.GetFullPath(path)).AbsoluteUri;
}
