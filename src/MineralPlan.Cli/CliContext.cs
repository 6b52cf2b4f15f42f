namespace MineralPlan.Cli;

/// <summary>Where a command writes and which folder relative paths (and displayed paths) start from.</summary>
public sealed record CliContext(TextWriter Output, TextWriter Error, string WorkingDirectory)
{
    public string Resolve(string path) => Path.GetFullPath(Path.Combine(WorkingDirectory, path));
}
