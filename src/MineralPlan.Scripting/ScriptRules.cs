using MineralPlan.Abstractions.Diagnostics;

namespace MineralPlan.Scripting;

/// <summary>Finds the rule scripts kept with a plan: every <c>*.rule.csx</c> in the plan folder, in name order.</summary>
public static class ScriptRules
{
    public const string Pattern = "*.rule.csx";

    /// <summary>A script larger than this is not read (a rule is a page of code, not a data file).</summary>
    public const long MaxScriptBytes = 1L << 20;

    /// <summary>
    /// The scripts, and a finding for each *.rule.csx that cannot be read as one: they are listed even when
    /// untrusted, so a pipe or device with that name must not be opened (it would block or never end).
    /// </summary>
    public static (IReadOnlyList<ScriptRule> Scripts, IReadOnlyList<Diagnostic> Problems) InFolder(string folder, string displayRoot, TimeSpan timeout)
    {
        var scripts = new List<ScriptRule>();
        var problems = new List<Diagnostic>();
        foreach (var file in Directory.EnumerateFiles(folder, Pattern).Order(StringComparer.Ordinal))
        {
            var shown = Semantics.PlanLoader.DisplayPath(file, displayRoot);
            if (Syntax.Files.FileKind.ReadProblem(file, MaxScriptBytes) is { } problem)
            {
                problems.Add(Diagnostic.Create(ScriptDiagnostics.Unreadable, SourceSpan.None(shown), shown, problem));
            }
            else
            {
                scripts.Add(new ScriptRule(file, shown, File.ReadAllText(file), timeout));
            }
        }

        return (scripts, problems);
    }
}
