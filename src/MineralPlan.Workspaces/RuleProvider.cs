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
}
