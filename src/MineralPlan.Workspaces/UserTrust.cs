using System.Text.Json;

namespace MineralPlan.Workspaces;

/// <summary>
/// The folders whose rule scripts the user has said may run (<c>mplan trust DIR</c>), kept in the user's own
/// configuration folder, never in a workspace: a repository cloned from a stranger, or a plan folder received by mail,
/// cannot trust itself, just as git keeps <c>safe.directory</c> and VS Code its workspace trust with the user. A folder
/// is recorded by its real path (links resolved), and trusting it trusts every plan below it.
/// </summary>
public sealed class UserTrust
{
    public const string FileName = "trusted-folders.json";

    /// <summary>The environment variable that moves the configuration folder (tests, portable installs).</summary>
    public const string ConfigVariable = "MPLAN_CONFIG_HOME";

    /// <summary>A trust file larger than this is not the one mplan wrote: it is refused, and nothing is trusted.</summary>
    private const long MaxBytes = 1 << 20;

    private UserTrust(string configFolder, IReadOnlyList<string> folders)
    {
        ConfigFolder = configFolder;
        Folders = folders;
    }

    public string ConfigFolder { get; }

    /// <summary>The trusted folders, real paths, in the order they were added.</summary>
    public IReadOnlyList<string> Folders { get; }

    public string FilePath => Path.Combine(ConfigFolder, FileName);

    /// <summary>No folder trusted (a restricted editor window, a library host that decides nothing).</summary>
    public static UserTrust None { get; } = new(string.Empty, []);

    /// <summary>Where the user's configuration lives: $MPLAN_CONFIG_HOME, else %APPDATA%\mplan on Windows, else $XDG_CONFIG_HOME/mplan or ~/.config/mplan.</summary>
    public static string DefaultConfigFolder()
    {
        if (Environment.GetEnvironmentVariable(ConfigVariable) is { Length: > 0 } set)
        {
            return Path.GetFullPath(set);
        }

        if (OperatingSystem.IsWindows())
        {
            return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData), "mplan");
        }

        var xdg = Environment.GetEnvironmentVariable("XDG_CONFIG_HOME");
        return Path.Combine(xdg is { Length: > 0 } ? xdg : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".config"), "mplan");
    }

    /// <summary>The trust recorded in <paramref name="configFolder"/>; a missing file trusts nothing, a broken one trusts nothing and says why.</summary>
    public static (UserTrust Trust, string? Problem) Load(string configFolder)
    {
        var file = Path.Combine(configFolder, FileName);
        if (Syntax.Files.FileKind.Of(file) == Syntax.Files.FileKind.Kind.Missing)
        {
            return (new UserTrust(configFolder, []), null);
        }

        if (Syntax.Files.FileKind.ReadProblem(file, MaxBytes) is { } problem)
        {
            return (new UserTrust(configFolder, []), file + " " + problem.En);
        }

        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(file));
            var folders = doc.RootElement.TryGetProperty("trusted", out var list) && list.ValueKind == JsonValueKind.Array
                ? list.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()).OfType<string>()
                    .Where(Path.IsPathFullyQualified).ToList()
                : [];
            return (new UserTrust(configFolder, folders), null);
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            return (new UserTrust(configFolder, []), file + ": " + e.Message);
        }
    }

    /// <summary>Whether <paramref name="folder"/> (links resolved) is a trusted folder or lies below one.</summary>
    public bool Covers(string folder)
    {
        // No folder trusted (the usual case): no links to resolve on a check's path.
        return Folders.Count > 0 && Syntax.Files.PathConfinement.RealPath(Path.GetFullPath(folder)) is { } real
            && Folders.Any(trusted => Syntax.Files.PathConfinement.Contains(trusted, real));
    }

    /// <summary>The real path a folder is recorded by.</summary>
    public static string RealPathOf(string folder) =>
        Path.TrimEndingDirectorySeparator(Syntax.Files.PathConfinement.RealPath(Path.GetFullPath(folder)) ?? Path.GetFullPath(folder));

    public UserTrust With(string folder)
    {
        var real = RealPathOf(folder);
        return Folders.Contains(real, StringComparer.Ordinal) ? this : new UserTrust(ConfigFolder, [.. Folders, real]);
    }

    public UserTrust Without(string folder)
    {
        var real = RealPathOf(folder);
        return new UserTrust(ConfigFolder, [.. Folders.Where(f => f != real && f != Path.GetFullPath(folder))]);
    }

    /// <summary>Writes the list atomically (a temporary file renamed over the old one), creating the folder.</summary>
    public void Save()
    {
        Directory.CreateDirectory(ConfigFolder);
        Syntax.Files.AtomicFile.Write(FilePath, stream =>
        {
            using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            writer.WriteStartObject();
            writer.WriteString("comment", "Folders whose rule scripts mplan may run, written by `mplan trust`; remove a line (or run `mplan trust --remove DIR`) to withdraw it.");
            writer.WriteStartArray("trusted");
            foreach (var folder in Folders)
            {
                writer.WriteStringValue(folder);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }
}
