using MineralPlan.Workspaces;

namespace MineralPlan.LanguageServer;

/// <summary>What the host decides for the server: the workspace options for a folder of plans, where logs go, the language.</summary>
public sealed record ServerOptions
{
    /// <summary>The compilation layer's options for a workspace folder (its full path); the display root is set by the server.</summary>
    public Func<string, WorkspaceOptions> Workspace { get; init; } = root => new WorkspaceOptions { DisplayRoot = root };

    /// <summary>Messages for the log (stderr for the CLI); never stdout, which carries the protocol.</summary>
    public TextWriter Log { get; init; } = TextWriter.Null;

    /// <summary>The language when the client says none: "zh" or "en".</summary>
    public string? Language { get; init; }

    /// <summary>The longest a preview may render before it is stopped (the request loop never waits for it).</summary>
    public TimeSpan PreviewTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The largest plan previewed, in characters of plan text (8 M; larger plans are rendered with mplan render).</summary>
    public long PreviewMaxCharacters { get; init; } = 8L << 20;
}
