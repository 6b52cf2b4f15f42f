using MineralPlan.Checking;
using MineralPlan.Geometry;

namespace MineralPlan.Tests.Geometry;

/// <summary>Every spatial rule class is in <see cref="GeometryRules"/>, each code once, every code in the catalog class.</summary>
public sealed class GeometryCatalogTests
{
    [Fact]
    public void Every_spatial_rule_is_listed_once_with_a_code_of_its_own()
    {
        var rules = GeometryRules.Create(".").Concat(GeometryRules.ForRights(".", new MineralPlan.Geometry.Rights.ExistingRights("none", []))).ToList();
        var ruleTypes = typeof(GeometryRules).Assembly.GetTypes().Where(t => typeof(IRule).IsAssignableFrom(t) && !t.IsAbstract).ToList();
        Assert.All(ruleTypes, t => Assert.Contains(rules, r => r.GetType() == t));
        Assert.Equal(rules.Count, rules.Select(r => r.Descriptor.Code).Distinct().Count());
        Assert.All(rules, r => Assert.StartsWith("MP40", r.Descriptor.Code, StringComparison.Ordinal));
        Assert.All(rules, r => Assert.False(string.IsNullOrWhiteSpace(r.Source)));
    }

    [Fact]
    public void The_cli_runs_the_spatial_rules()
    {
        var result = Infrastructure.CliRunner.Run("check", "plans/examples/city", "--lang", "en");
        Assert.Contains("MP4009", result.Output, StringComparison.Ordinal);
    }
}
