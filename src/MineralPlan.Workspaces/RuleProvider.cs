using MineralPlan.Checking;
using MineralPlan.Geometry;

namespace MineralPlan.Workspaces;

/// <summary>
/// The one list of rules every host runs: the built-in rules, the spatial rules and the host's extra rules, in
/// that order. Scripts are added per plan (<see cref="CheckDriver"/>), as only a plan folder has them.
/// </summary>
public static class RuleProvider
{
    public static IReadOnlyList<IRule> For(WorkspaceOptions options) =>
        [.. RuleRegistry.All, .. GeometryRules.Create(options.DisplayRoot), .. options.ExtraRules];

    /// <summary>
    /// Every rule any check may run, the optional ones included (<c>check --rights</c>'s, built here with no layer): the
    /// list a catalog of codes (<c>mplan explain</c>, DIAGNOSTICS.md's test) reads, so it never differs from what runs.
    /// </summary>
    public static IReadOnlyList<IRule> Known() =>
        [.. For(new WorkspaceOptions { DisplayRoot = "." }), .. GeometryRules.ForRights(".", new Geometry.Rights.ExistingRights("none", []))];
}
