using MineralPlan.Rendering.ViewModel;
using MineralPlan.Semantics.Model;
using MineralPlan.Syntax;
using MineralPlan.Workspaces;

namespace MineralPlan.LanguageServer;

/// <summary>Draws a plan's figures for the preview: (plan, plan folder, sources) to a figure drawer. The CLI supplies its map renderer.</summary>
public delegate Func<Figure, string, FigureImage?> FigureDrawer(Plan plan, string folder, Func<string, SourceText?> sources);

/// <summary>What the host decides for the server: the workspace options for a folder of plans, how figures are drawn, where logs go.</summary>
public sealed record ServerOptions
{
    /// <summary>The compilation layer's options for a workspace folder (its full path); the display root is set by the server.</summary>
    public Func<string, WorkspaceOptions> Workspace { get; init; } = root => new WorkspaceOptions { DisplayRoot = root };

    public FigureDrawer? Figures { get; init; }

    /// <summary>Messages for the log (stderr for the CLI); never stdout, which carries the protocol.</summary>
    public TextWriter Log { get; init; } = TextWriter.Null;

    /// <summary>The language when the client says none: "zh" or "en".</summary>
    public string? Language { get; init; }
}
