namespace MineralPlan.Cli;

/// <summary>Where a command writes and which folder relative paths (and displayed paths) start from.</summary>
public sealed record CliContext(TextWriter Output, TextWriter Error, string WorkingDirectory)
{
    /// <summary>The user's configuration folder (the folders trusted with <c>mplan trust</c>); tests give their own.</summary>
    public string ConfigFolder { get; init; } = Workspaces.UserTrust.DefaultConfigFolder();

    public string Resolve(string path) => Path.GetFullPath(Path.Combine(WorkingDirectory, path));
}
