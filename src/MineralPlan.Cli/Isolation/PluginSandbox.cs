using System.Collections.Immutable;
using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Abstractions.Plugins;
using MineralPlan.Plugins;

namespace MineralPlan.Cli.Isolation;

/// <summary>
/// Loads plugins in a worker process and takes back only their data (plans and template packs): a plugin
/// that ends the process, overflows the stack or hangs is reported (MP5011) and the others still load.
/// </summary>
internal static class PluginSandbox
{
    /// <summary>A plugin has this long to load and answer before the worker is stopped.</summary>
    public static readonly TimeSpan IdleLimit = TimeSpan.FromSeconds(60);

    private static readonly Dictionary<string, DiagnosticDescriptor> Known = new[]
    {
        PluginDiagnostics.LoadFailed, PluginDiagnostics.PluginThrew, PluginDiagnostics.NoPluginType,
    }.ToDictionary(d => d.Code, StringComparer.Ordinal);

    public static (ImmutableArray<LoadedPlugin> Plugins, ImmutableArray<Diagnostic> Diagnostics) Load(string folder, string display)
    {
        if (!Directory.Exists(folder))
        {
            return ([], [Diagnostic.Create(PluginDiagnostics.FolderMissing, SourceSpan.None(display), display)]);
        }

        var plugins = ImmutableArray.CreateBuilder<LoadedPlugin>();
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var done = new List<string>();
        var total = PluginHost.PluginFolders(folder).Count();
        if (total == 0)
        {
            // Nothing to isolate: no worker process to start (about 0.25 s).
            return ([], []);
        }

        if (!System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported)
        {
            throw NativeFront.JitRequired("plugins");
        }

        // Each round either finishes or removes the plugin that ended it, so there are at most total + 1 rounds.
        for (var round = 0; round <= total; round++)
        {
            var outcome = WorkerProcess.Run("plugins", nonce => new PluginRequest(nonce, folder, display, [.. done]), IdleLimit);
            foreach (var line in outcome.Lines)
            {
                if (line.Plugin is { } p)
                {
                    plugins.Add(ToLoaded(p));
                }
                else if (line.Diagnostic?.ToDiagnostic(Known) is { } d)
                {
                    diagnostics.Add(d);
                }
                else if (line.End is { } ended)
                {
                    done.Add(ended);
                }
            }

            if (outcome.Finished)
            {
                break;
            }

            var (en, zh) = WorkerProcess.Cause(outcome);
            var culprit = outcome.Unfinished;
            var shown = culprit is null ? display : display.TrimEnd('/') + "/" + culprit + "/" + culprit + ".dll";
            diagnostics.Add(Diagnostic.Create(SandboxDiagnostics.PluginEndedProcess, SourceSpan.None(shown), culprit ?? "?", en, zh));
            if (culprit is null)
            {
                break;
            }

            done.Add(culprit);
        }

        return (plugins.ToImmutable(), diagnostics.ToImmutable());
    }

    private static LoadedPlugin ToLoaded(WirePlugin p) =>
        new(p.Name, p.Version, p.Path, [.. p.Plans.Select(plan => new PlanSource(plan.Name, [.. plan.Files.Select(f => new PlanSourceFile(f.Path, f.Text))]))])
        {
            TemplatePacks = [.. p.Packs.Select(pack => new TemplatePack(pack.Name, pack.Description, [.. pack.Templates.Select(t => new TemplateFile(t.Path, t.Text))]))],
        };
}
