using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.Rendering;

/// <summary>
/// The rendered documents of the shipped plans, pinned: a change in numbering, escaping, interpolation or
/// layout shows up as a baseline diff to review (tests/update-baselines.sh accepts it).
/// </summary>
public sealed class DocumentGoldenTests
{
    [Theory]
    [InlineData("plans/kazuo", "md")]
    [InlineData("plans/kazuo", "html")]
    [InlineData("plans/tieling", "md")]
    [InlineData("plans/tieling", "html")]
    [InlineData("plans/liaoning", "md")]
    [InlineData("plans/examples/city", "md")]
    [InlineData("plans/examples/city", "html")]
    public void The_rendered_plan_matches_its_baseline(string plan, string format)
    {
        using var temp = new TempFolder();
        Assert.Equal(0, CliRunner.Run("render", plan, "--format", format, "-o", temp.Path, "--force").ExitCode);
        var name = Path.GetFileName(plan);
        var text = File.ReadAllText(Path.Combine(temp.Path, name + "." + format));
        Baseline.Match(text, BaselineName(plan, format));
    }

    public static string BaselineName(string plan, string format) => $"render/{plan["plans/".Length..].Replace('/', '_')}.{format}";
}
