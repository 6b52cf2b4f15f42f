using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Checking;
using MineralPlan.Semantics;
using MineralPlan.Syntax;

namespace MineralPlan.Workspaces;

/// <summary>
/// The one driver of a check, for every host (the rules themselves run in Checking's PlanChecker): a plan folder is compiled, its parents found by name (plan folders
/// beside it, then plugins), its children where a rule needs them, its settings and scripts read, every rule run,
/// and the workspace's severities, acceptances and order applied.
/// </summary>
internal static class CheckDriver
{
    public static CheckedPlan? Run(string folder, Compilation? compilation, PlanLookup plans, WorkspaceOptions options, IReadOnlyList<IRule> rules,
        CancellationToken cancellation)
    {
        if (compilation is null)
        {
            return null;
        }

        var diagnostics = compilation.Diagnostics.Concat(options.PluginDiagnostics);
        IReadOnlyList<Compilation> ancestors = [];
        IReadOnlyList<Compilation> children = [];
        if (compilation.Plan is { } plan)
        {
            var (found, missing) = plans.Ancestors(plan);
            ancestors = found;
            diagnostics = diagnostics.Concat(missing);
            // Compiling the sibling plans costs time; only a plan with a per-region table needs them.
            children = plan.OfType<Semantics.Model.DeclaredCount>().Any(c => c.ByRegion.Length > 0) ? plans.Children(plan) : [];
        }

        cancellation.ThrowIfCancellationRequested();
        var (settings, settingsError) = WorkspaceSettings.Find(folder, options.DisplayRoot, options.TrustScripts || options.Trusted.Covers(folder));
        var (scripts, scriptProblems) = Scripting.ScriptRules.InFolder(folder, options.DisplayRoot, TimeSpan.FromSeconds(settings.ScriptTimeoutSeconds));
        diagnostics = diagnostics.Concat(scriptProblems);
        IEnumerable<IRule> planRules = rules;
        // Trust comes from the user, never from a file in the workspace (WorkspaceSettings, UserTrust).
        if (scripts.Count > 0 && settings.TrustScripts && options.Scripts is { } runner)
        {
            planRules = planRules.Append(runner(scripts, ancestors, TimeSpan.FromSeconds(settings.ScriptTimeoutSeconds)));
        }
        else if (scripts.Count > 0 && compilation.Plan is { } p)
        {
            diagnostics = diagnostics.Append(Diagnostic.Create(Scripting.ScriptDiagnostics.NotTrusted, p.Header.Span, scripts.Count));
        }

        var relativeSources = ancestors.Concat(children).SelectMany(c => c.Files).Select(f => f.Source)
            .Concat(scripts.Select(s => new SourceText(s.Source, s.Code))).ToList();
        diagnostics = diagnostics.Concat(PlanChecker.Check(compilation, [.. ancestors.Select(c => c.Plan).OfType<Semantics.Model.Plan>()], planRules,
            [.. children.Select(c => c.Plan).OfType<Semantics.Model.Plan>()]));
        diagnostics = settings.Apply(diagnostics);
        if (settingsError is not null)
        {
            diagnostics = diagnostics.Append(settingsError);
        }

        return new CheckedPlan(compilation, [.. DiagnosticOrder.Sort(diagnostics)], ancestors, relativeSources);
    }
}
