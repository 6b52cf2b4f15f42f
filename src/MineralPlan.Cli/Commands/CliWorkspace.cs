using MineralPlan.Workspaces;

namespace MineralPlan.Cli.Commands;

/// <summary>The CLI's choices for the compilation layer: paths shown from the working directory, plugins loaded in their sandbox, scripts run in a worker process.</summary>
internal static class CliWorkspace
{
    public static WorkspaceOptions Options(CliContext context, string? pluginFolder, bool trustScripts, IReadOnlyList<Checking.IRule>? extraRules)
    {
        var (plugins, pluginDiagnostics) = pluginFolder is null
            ? ([], [])
            : Isolation.PluginSandbox.Load(context.Resolve(pluginFolder), pluginFolder);
        return new WorkspaceOptions
        {
            DisplayRoot = context.WorkingDirectory,
            Plugins = plugins,
            PluginDiagnostics = pluginDiagnostics,
            TrustScripts = trustScripts,
            // A trust file that cannot be read trusts nothing; `mplan trust --list` says why.
            Trusted = Workspaces.UserTrust.Load(context.ConfigFolder).Trust,
            ExtraRules = extraRules ?? [],
            // Scripts run in a worker started from the JIT build's assembly, which the native process has not.
            Scripts = (scripts, ancestors, timeout) => System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported
                ? new Isolation.SandboxedScripts(scripts, ancestors, timeout)
                : throw NativeFront.JitRequired("rule scripts"),
        };
    }
}
