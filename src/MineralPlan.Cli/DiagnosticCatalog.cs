using System.Reflection;
using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Checking;

namespace MineralPlan.Cli;

/// <summary>
/// Every diagnostic the tool can report, with the rule that reports it where there is one (its source clause),
/// and the catalog row of src/DIAGNOSTICS.md (embedded) that says what triggers it: what <c>mplan explain</c> prints.
/// </summary>
public static class DiagnosticCatalog
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> Examples = new(ReadExamples);

    /// <summary>Every descriptor, once, in code order; each with the rule that reports it, if any.</summary>
    public static IReadOnlyList<(DiagnosticDescriptor Descriptor, IRule? Rule)> All()
    {
        var rules = Workspaces.RuleProvider.Known()
            .GroupBy(r => r.Descriptor.Code).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        Type[] holders =
        [
            typeof(Syntax.SyntaxDiagnostics), typeof(Semantics.BindDiagnostics), typeof(CheckDiagnostics), typeof(CrossLevelDiagnostics),
            typeof(Workspaces.PlanLookup), typeof(Acceptances), typeof(Semantics.Binding.ApplicationLoader), typeof(Workspaces.WorkspaceSettings),
            typeof(Plugins.PluginDiagnostics), typeof(Scripting.ScriptDiagnostics), typeof(Isolation.SandboxDiagnostics),
            typeof(Geometry.GeometryDiagnostics), typeof(Geometry.Rights.RightsOverlapRule), typeof(LanguageServer.ServerDiagnostics),
        ];
        return [.. holders.SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => f.GetValue(null)).OfType<DiagnosticDescriptor>()
            .Concat(rules.Values.Select(r => r.Descriptor))
            .DistinctBy(d => d.Code)
            .OrderBy(d => d.Code, StringComparer.Ordinal)
            .Select(d => (d, rules.GetValueOrDefault(d.Code)))];
    }

    /// <summary>What triggers the code, as the catalog's example column says; null when the catalog has no row.</summary>
    public static string? Example(string code) => Examples.Value.GetValueOrDefault(code);

    private static IReadOnlyDictionary<string, string> ReadExamples()
    {
        using var stream = typeof(DiagnosticCatalog).Assembly.GetManifestResourceStream("DIAGNOSTICS.md");
        if (stream is null)
        {
            return new Dictionary<string, string>();
        }

        using var reader = new StreamReader(stream);
        var examples = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            // | MP4009 | error | title | [rule class |] triggered by |
            if (line.StartsWith("| MP", StringComparison.Ordinal))
            {
                var cells = line.Trim().Trim('|').Split(" | ");
                examples.TryAdd(cells[0].Trim(), cells[^1].Trim());
            }
        }

        return examples;
    }
}
