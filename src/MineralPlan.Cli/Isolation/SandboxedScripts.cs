using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Checking;
using MineralPlan.Scripting;
using MineralPlan.Semantics;

namespace MineralPlan.Cli.Isolation;

/// <summary>
/// The plan's trusted rule scripts, run as one rule in a worker process. The worker compiles the same
/// source texts, so spans match; a script that ends or crashes the worker is MP5010 and the scripts after
/// it run in a fresh worker.
/// </summary>
internal sealed class SandboxedScripts(IReadOnlyList<ScriptRule> scripts, IReadOnlyList<Compilation> ancestors, TimeSpan timeout) : IRule
{
    /// <summary>Beyond the script's own timeout: starting the worker and compiling a script cold (Roslyn, 1-2 s; more on a loaded machine).</summary>
    private static readonly TimeSpan StartAllowance = TimeSpan.FromSeconds(60);

    private static readonly Dictionary<string, DiagnosticDescriptor> Known = new[]
    {
        ScriptDiagnostics.CompileError, ScriptDiagnostics.TimedOut, ScriptDiagnostics.Threw, ScriptDiagnostics.Finding, ScriptDiagnostics.Warning,
    }.ToDictionary(d => d.Code, StringComparer.Ordinal);

    public DiagnosticDescriptor Descriptor => ScriptDiagnostics.Finding;

    public string Source => "*.rule.csx beside the plan (README: rule scripts), run in a worker process";

    public IEnumerable<Diagnostic> Check(RuleContext context)
    {
        var results = new List<Diagnostic>();
        var remaining = scripts.ToList();
        while (remaining.Count > 0)
        {
            var outcome = WorkerProcess.Run("scripts", nonce => new ScriptRequest(nonce, ToWire(context.Compilation), [.. ancestors.Select(ToWire)],
                [.. remaining.Select(s => new WireScript(s.FilePath, s.Source, s.Code))], timeout.TotalSeconds), timeout + StartAllowance);
            var ended = new HashSet<string>(StringComparer.Ordinal);
            foreach (var line in outcome.Lines)
            {
                if (line.Diagnostic?.ToDiagnostic(Known) is { } d)
                {
                    results.Add(d);
                }
                else if (line.End is { } name)
                {
                    ended.Add(name);
                }
            }

            if (outcome.Finished)
            {
                break;
            }

            var (en, zh) = WorkerProcess.Cause(outcome);
            var culprit = remaining.FirstOrDefault(s => s.Source == outcome.Unfinished) ?? remaining.First(s => !ended.Contains(s.Source));
            results.Add(Diagnostic.Create(SandboxDiagnostics.ScriptEndedProcess, SourceSpan.None(culprit.Source), culprit.Name, en, zh));
            remaining = [.. remaining.SkipWhile(s => s != culprit).Skip(1).Where(s => !ended.Contains(s.Source))];
        }

        return results;
    }

    private static WirePlan ToWire(Compilation compilation) =>
        new(compilation.Folder, [.. compilation.Files.Select(f => new WireFile(f.Source.Path, f.Source.Text))]);
}
