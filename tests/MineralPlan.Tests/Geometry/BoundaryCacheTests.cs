using MineralPlan.Checking;
using MineralPlan.Geometry;
using MineralPlan.Tests.Infrastructure;
using MineralPlan.Workspaces;

namespace MineralPlan.Tests.Geometry;

/// <summary>Each plan's boundaries are read once, when first needed, and reused by later checks of the plan and of its children.</summary>
public sealed class BoundaryCacheTests
{
    [Fact]
    public void A_second_check_reads_no_boundary_again_and_an_edited_child_rereads_only_itself()
    {
        var examples = Repo.PathOf("plans/examples");
        var settings = new GeometrySettings(Repo.Root);
        var rules = GeometryRules.Create(settings);
        var workspace = new Workspace(examples, new WorkspaceOptions { DisplayRoot = Repo.Root });
        var county = workspace.Current.Check(Path.Combine(examples, "county"))!;

        var first = PlanChecker.Check(county.Compilation, county.Ancestors, rules);
        var readsAfterFirst = settings.Boundaries.Reads;
        var second = PlanChecker.Check(county.Compilation, county.Ancestors, rules);

        Assert.Equal(3, readsAfterFirst);   // the county's own, and its city's and province's as ancestors
        Assert.Equal(readsAfterFirst, settings.Boundaries.Reads);
        Assert.Equal(first.Select(d => d.ToString()), second.Select(d => d.ToString()));
        Assert.Contains(first, d => d.Code.StartsWith("MP40", StringComparison.Ordinal));

        // An edit of the county makes a new plan model: its boundaries are read again, its parents' are not.
        var file = Path.Combine(examples, "county", "00_plan.mplan");
        var edited = workspace.Update(file, File.ReadAllText(file) + "\n// edited\n", 2).Check(Path.Combine(examples, "county"))!;
        PlanChecker.Check(edited.Compilation, edited.Ancestors, rules);
        Assert.Equal(readsAfterFirst + 1, settings.Boundaries.Reads);
    }
}
