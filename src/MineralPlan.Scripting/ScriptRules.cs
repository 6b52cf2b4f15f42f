namespace MineralPlan.Scripting;

/// <summary>Finds the rule scripts kept with a plan: every <c>*.rule.csx</c> in the plan folder, in name order.</summary>
public static class ScriptRules
{
    public const string Pattern = "*.rule.csx";

    public static IReadOnlyList<ScriptRule> InFolder(string folder, string displayRoot, TimeSpan timeout) =>
        [.. Directory.EnumerateFiles(folder, Pattern).Order(StringComparer.Ordinal)
            .Select(f => new ScriptRule(f, Semantics.PlanLoader.DisplayPath(f, displayRoot), File.ReadAllText(f), timeout))];
}
