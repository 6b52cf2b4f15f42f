using System.Reflection;
using System.Text.RegularExpressions;
using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Checking;
using MineralPlan.Semantics;
using MineralPlan.Syntax;
using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.Diagnostics;

/// <summary>Meta-tests: codes unique, every code documented once in src/DIAGNOSTICS.md, every rule registered.</summary>
public sealed partial class DiagnosticCatalogTests
{
    /// <summary>
    /// Every descriptor defined anywhere in the product: each public static DiagnosticDescriptor field of every
    /// MineralPlan assembly, found by reflection so a new one cannot be left out of the meta-tests.
    /// </summary>
    public static IReadOnlyList<DiagnosticDescriptor> AllDescriptors() =>
    [
        .. new[]
        {
            typeof(Diagnostic), typeof(SyntaxDiagnostics), typeof(BindDiagnostics), typeof(RuleRegistry),
            typeof(MineralPlan.Geometry.GeometryRules), typeof(MineralPlan.Plugins.PluginDiagnostics),
            typeof(MineralPlan.Scripting.ScriptDiagnostics), typeof(MineralPlan.Cli.DiagnosticCatalog), typeof(MineralPlan.Workspaces.WorkspaceSettings), typeof(MineralPlan.LanguageServer.ServerDiagnostics),
        }
        .Select(t => t.Assembly).Distinct()
        .SelectMany(a => a.GetTypes())
        .SelectMany(Descriptors)
        .Distinct(),
    ];

    [Fact]
    public void Mplan_explain_knows_every_descriptor_and_every_rule()
    {
        var explained = MineralPlan.Cli.DiagnosticCatalog.All();
        Assert.True(AllDescriptors().Count > 90, "the reflection found too few descriptors");
        Assert.Equal(AllDescriptors().Select(d => d.Code).Order(StringComparer.Ordinal), explained.Select(e => e.Descriptor.Code));
        var rules = RuleRegistry.All.Concat(MineralPlan.Geometry.GeometryRules.Create(".")).Select(r => r.Descriptor.Code);
        Assert.All(rules, code => Assert.NotNull(explained.Single(e => e.Descriptor.Code == code).Rule));
    }

    [Fact]
    public void Codes_are_unique_and_well_formed()
    {
        var codes = AllDescriptors().Select(d => d.Code).ToList();
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(codes, c => Assert.Matches("^MP[0-9]{4}$", c));
    }

    [Fact]
    public void Every_code_is_documented_exactly_once_in_the_catalog()
    {
        var catalog = File.ReadAllText(Repo.PathOf("src/DIAGNOSTICS.md"));
        var documented = RowCode().Matches(catalog).Select(m => m.Groups[1].Value).ToList();
        foreach (var descriptor in AllDescriptors())
        {
            Assert.True(documented.Count(c => c == descriptor.Code) == 1, $"{descriptor.Code} must have exactly one row in src/DIAGNOSTICS.md");
        }

        var defined = AllDescriptors().Select(d => d.Code).ToHashSet();
        Assert.All(documented, c => Assert.True(defined.Contains(c), $"{c} is documented but defined nowhere (retired codes go in the 'Retired' section without a table row)"));
    }

    /// <summary>
    /// One rule provider for every host (the compilation layer's): every rule class of every stage is provided by it
    /// once, except those a host adds with their input (scripts in their sandbox, the rights layer of check --rights).
    /// </summary>
    [Fact]
    public void Every_rule_class_is_provided_once_by_the_rule_provider()
    {
        var hostSupplied = new[] { typeof(MineralPlan.Geometry.Rights.RightsOverlapRule), typeof(MineralPlan.Cli.Isolation.SandboxedScripts), typeof(MineralPlan.Scripting.ScriptRule) };
        var ruleTypes = new[] { typeof(IRule), typeof(MineralPlan.Geometry.GeometryRules), typeof(MineralPlan.Cli.Cli), typeof(MineralPlan.Scripting.ScriptRules) }
            .Select(t => t.Assembly).Distinct().SelectMany(a => a.GetTypes())
            .Where(t => typeof(IRule).IsAssignableFrom(t) && !t.IsAbstract && !t.IsInterface && !hostSupplied.Contains(t)).ToList();
        var provided = MineralPlan.Workspaces.RuleProvider.For(new MineralPlan.Workspaces.WorkspaceOptions { DisplayRoot = Repo.Root });
        var registered = provided.Select(r => r.GetType()).ToList();
        Assert.Equal(RuleRegistry.All.Count, RuleRegistry.All.Select(r => r.GetType()).Distinct().Count());
        Assert.All(ruleTypes, t => Assert.Contains(t, registered));
        Assert.All(provided, r => Assert.False(string.IsNullOrWhiteSpace(r.Source)));
    }

    /// <summary>A rule without a triggering test does not exist: every code is named by a test or an expected report.</summary>
    [Fact]
    public void Every_code_has_a_test_that_names_it()
    {
        var testRoot = Repo.PathOf("tests/MineralPlan.Tests");
        var corpus = string.Concat(Directory.EnumerateFiles(testRoot, "*", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/bin/", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal))
            .Where(f => !f.EndsWith(nameof(DiagnosticCatalogTests) + ".cs", StringComparison.Ordinal) && !f.EndsWith(".actual", StringComparison.Ordinal))
            .Select(File.ReadAllText));
        var untested = AllDescriptors().Select(d => d.Code).Distinct().Where(code => !corpus.Contains(code, StringComparison.Ordinal)).ToList();
        Assert.True(untested.Count == 0, "no test names " + string.Join(", ", untested));
    }

    /// <summary>The catalog's row and the descriptor agree on severity and title (the title is what SARIF and explain show).</summary>
    [Fact]
    public void Every_catalog_row_states_the_descriptors_severity_and_title()
    {
        var rows = File.ReadAllLines(Repo.PathOf("src/DIAGNOSTICS.md")).Where(l => RowCode().IsMatch(l))
            .Select(l => l.Split('|').Select(c => c.Trim()).ToArray())
            .ToDictionary(c => c[1], c => (Severity: c[2], Title: c[3]));
        foreach (var d in AllDescriptors())
        {
            Assert.False(string.IsNullOrWhiteSpace(d.Title), d.Code);
            Assert.Equal((d.DefaultSeverity.ToString().ToLowerInvariant(), d.Title), rows[d.Code]);
        }
    }

    [Fact]
    public void Every_message_formats_in_both_languages()
    {
        foreach (var d in AllDescriptors())
        {
            var args = Enumerable.Repeat<object?>("x", 10).ToArray();
            Assert.False(string.IsNullOrWhiteSpace(d.Format(Language.En, args)));
            Assert.False(string.IsNullOrWhiteSpace(d.Format(Language.Zh, args)));
        }
    }

    private static IEnumerable<DiagnosticDescriptor> Descriptors(Type type) =>
        type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!);

    [GeneratedRegex(@"^\| (MP[0-9]{4}) \|", RegexOptions.Multiline)]
    private static partial Regex RowCode();
}
