using System.Reflection;
using System.Text.RegularExpressions;
using MineralPlan.Tests.Cli;
using MineralPlan.Tests.Rendering;

namespace MineralPlan.Tests.Infrastructure;

/// <summary>
/// Every file under Baselines/ is the expected output of some test, and every baseline a test names exists: a
/// baseline nobody compares against any more is a review burden that proves nothing.
/// </summary>
public sealed partial class BaselineUseTests
{
    [Fact]
    public void Every_baseline_file_is_used_by_a_test_and_every_named_baseline_exists()
    {
        var root = Repo.PathOf("tests/MineralPlan.Tests/Baselines");
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".actual", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .ToHashSet(StringComparer.Ordinal);

        var named = new HashSet<string>(StringComparer.Ordinal);
        var mentioned = new HashSet<string>(StringComparer.Ordinal);
        // Names written out as a string literal in a call to Match.
        foreach (var source in Directory.EnumerateFiles(Repo.PathOf("tests/MineralPlan.Tests"), "*.cs", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(source);
            foreach (Match m in LiteralName().Matches(text))
            {
                named.Add(m.Groups[1].Value);
            }

            // A baseline name given as theory data ([InlineData(…, "reports/kazuo.json")]).
            foreach (Match m in DataName().Matches(text))
            {
                mentioned.Add(m.Groups[1].Value);
            }
        }

        // Computed names, from the same functions the tests use.
        foreach (var folder in Plans.Folders())
        {
            var name = PlanBaselineTests.Name(folder);
            named.UnionWith([$"plans/{name}.check.txt", $"plans/{name}.check.zh.txt", $"plans/{name}.model.txt"]);
        }

        var goldens = typeof(DocumentGoldenTests).GetMethod(nameof(DocumentGoldenTests.The_rendered_plan_matches_its_baseline))!
            .GetCustomAttributes<InlineDataAttribute>()
            .SelectMany(a => a.GetData(null!))
            .Select(row => DocumentGoldenTests.BaselineName((string)row[0], (string)row[1]));
        named.UnionWith(goldens);
        named.UnionWith(Rows(nameof(DocumentGoldenTests.The_office_documents_layout_matches_its_baseline))
            .Select(row => DocumentGoldenTests.LayoutBaselineName((string)row[0], (string)row[1])));
        named.UnionWith(typeof(LanguageServer.AnswerBaselineTests).GetMethod(nameof(LanguageServer.AnswerBaselineTests.An_editing_session_answers_as_the_reviewed_baseline))
            ?.GetCustomAttributes<InlineDataAttribute>().SelectMany(a => a.GetData(null!)).Select(row => LanguageServer.AnswerBaselineTests.BaselineName((string)row[0])) ?? []);

        Assert.Empty(files.Except(named).Except(mentioned).Order(StringComparer.Ordinal));
        Assert.Empty(named.Except(files).Order(StringComparer.Ordinal));
    }

    private static IEnumerable<object[]> Rows(string method) =>
        typeof(DocumentGoldenTests).GetMethod(method)?.GetCustomAttributes<InlineDataAttribute>().SelectMany(a => a.GetData(null!)) ?? [];

    [GeneratedRegex("""Baseline\.Match\([^;]*?,\s*"([^"{}]+)"\)""")]
    private static partial Regex LiteralName();

    [GeneratedRegex("""InlineData\([^\n]*"([a-z]+/[^"{}/\s]+\.[a-z.]+)"\)""")]
    private static partial Regex DataName();
}
