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

/// <summary>The words that start an upward reference are one list (Words.UpwardPrefixes); each names the plans it says.</summary>
public sealed class UpwardPrefixTests
{
    [Theory]
    [InlineData("上级", "chaoyang")]
    [InlineData("parent", "chaoyang")]
    [InlineData("市级", "chaoyang")]
    [InlineData("省级", "liaoning")]
    [InlineData("liaoning", "liaoning")]
    [InlineData("chaoyang", "chaoyang")]
    [InlineData("tieling", null)]
    [InlineData("GK_yezhugou", null)]
    public void A_heads_scope_is_the_plans_above_it_names(string head, string? expected)
    {
        var result = new Workspace(Repo.PathOf("plans"), new WorkspaceOptions { DisplayRoot = Repo.Root }).Current.Check(Repo.PathOf("plans/kazuo"));
        Assert.NotNull(result);

        var scope = Upstream.Scope(result.Ancestors, head);

        Assert.Equal(expected, scope is null ? null : Assert.Single(scope).Header.Id);
        Assert.Equal(expected is not null && head is "上级" or "parent" or "市级" or "省级", MineralPlan.Semantics.Schema.Words.FindUpward(head) is not null);
    }

    [Fact]
    public void The_prefix_list_is_what_the_editors_grammar_highlights()
    {
        var grammar = MineralPlan.LanguageServer.TextMateGrammar.Generate();
        Assert.Contains(string.Join("|", MineralPlan.Semantics.Schema.Words.UpwardPrefixes.Select(p => p.Word)), grammar, StringComparison.Ordinal);
        Assert.Equal(4, MineralPlan.Semantics.Schema.Words.UpwardPrefixes.Length);
    }
}
