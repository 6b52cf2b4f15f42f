using MineralPlan.Checking;
using MineralPlan.Semantics.Model;
using MineralPlan.Tests.Infrastructure;
using MineralPlan.Workspaces;

namespace MineralPlan.Tests.Checking;

/// <summary>Upward references are bound once when a plan meets its ancestors; rules read what was bound.</summary>
public sealed class UpwardBindingTests
{
    [Fact]
    public void Carried_items_are_bound_to_the_parents_items()
    {
        var result = new Workspace(Repo.PathOf("plans"), new WorkspaceOptions { DisplayRoot = Repo.Root }).Current.Check(Repo.PathOf("plans/kazuo"))!;
        var context = new RuleContext(result.Compilation, result.Compilation.Plan!, result.Ancestors);
        var zone = result.Compilation.Plan!.OfType<Zone>().Single(z => z.Id == "GK_yezhugou");

        var bound = context.Upward(zone.Carries!);

        Assert.NotNull(bound);
        Assert.Equal("chaoyang", bound.Value.Plan.Header.Id);
        Assert.Equal("GK_yezhugou", bound.Value.Item.Id);
        // The same answer as resolving on the spot, and a reference of no item is resolved too.
        Assert.Same(bound.Value.Item, Upstream.Resolve(result.Ancestors, zone.Carries!.Parts)!.Value.Item);
        var loose = new Reference(["省级", "GK_yezhugou"], zone.Span);
        Assert.Equal("liaoning", context.Upward(loose)!.Value.Plan.Header.Id);
        Assert.Null(context.Upward(new Reference(["上级", "no_such_item"], zone.Span)));
    }
}
