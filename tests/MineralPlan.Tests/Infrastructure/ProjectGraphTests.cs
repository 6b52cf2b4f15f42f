using System.Text.RegularExpressions;

namespace MineralPlan.Tests.Infrastructure;

/// <summary>
/// The pipeline's projects depend one way (ARCHITECTURE.md "The pipeline"): each references only projects to its left
/// in this order. A new project takes its place in the list; a reference to the right fails here.
/// </summary>
public sealed partial class ProjectGraphTests
{
    private static readonly string[] Pipeline =
    [
        "Abstractions", "Syntax", "Semantics", "Checking", "Geometry", "Rendering", "Plugins", "Scripting", "Workspaces", "LanguageServer", "Cli",
    ];

    [Fact]
    public void No_project_references_one_to_its_right_in_the_pipeline()
    {
        var projects = Directory.GetDirectories(Repo.PathOf("src"), "MineralPlan.*").Select(d => Path.GetFileName(d)["MineralPlan.".Length..]).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(Pipeline.Order(StringComparer.Ordinal), projects);

        var wrong = new List<string>();
        foreach (var project in Pipeline)
        {
            var file = Repo.PathOf($"src/MineralPlan.{project}/MineralPlan.{project}.csproj");
            foreach (Match reference in ProjectReference().Matches(File.ReadAllText(file)))
            {
                var target = reference.Groups[1].Value;
                if (Array.IndexOf(Pipeline, target) >= Array.IndexOf(Pipeline, project))
                {
                    wrong.Add($"{project} -> {target}");
                }
            }
        }

        Assert.Empty(wrong);
    }

    [GeneratedRegex(@"ProjectReference\s+Include=""[^""]*MineralPlan\.(\w+)\.csproj""")]
    private static partial Regex ProjectReference();
}
