using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Checking;
using MineralPlan.Plugins;
using MineralPlan.Scripting;
using MineralPlan.Semantics;

namespace MineralPlan.Workspaces;

/// <summary>
/// Runs a plan's trusted rule scripts as one rule. The host supplies it because isolation is the host's: the CLI
/// runs scripts in a worker process of its own executable, which a library cannot start on its behalf.
/// </summary>
public delegate IRule ScriptRunner(IReadOnlyList<ScriptRule> scripts, IReadOnlyList<Compilation> ancestors, TimeSpan timeout);

/// <summary>What a host decides for a whole workspace: where paths are shown from, plugins, trust and extra rules.</summary>
public sealed record WorkspaceOptions
{
    /// <summary>The folder displayed paths (and so every span's file) are relative to; the CLI's working directory.</summary>
    public required string DisplayRoot { get; init; }

    public IReadOnlyList<LoadedPlugin> Plugins { get; init; } = [];

    /// <summary>Findings from loading the plugins, reported with every plan.</summary>
    public IReadOnlyList<Diagnostic> PluginDiagnostics { get; init; } = [];

    /// <summary>The user trusts this run's scripts (<c>--trust-scripts</c>); a settings file may still veto it.</summary>
    public bool TrustScripts { get; init; }

    /// <summary>The folders the user trusts (<c>mplan trust</c>), read by the host from the user's configuration; never from a workspace.</summary>
    public UserTrust Trusted { get; init; } = UserTrust.None;

    /// <summary>Rules beyond the built-in and spatial ones (e.g. <c>check --rights</c>).</summary>
    public IReadOnlyList<IRule> ExtraRules { get; init; } = [];

    /// <summary>Runs trusted scripts; null: trusted scripts are reported as not run (MP5011).</summary>
    public ScriptRunner? Scripts { get; init; }
}
