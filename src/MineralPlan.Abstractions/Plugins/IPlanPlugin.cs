namespace MineralPlan.Abstractions.Plugins;

/// <summary>
/// What a plugin contributes: higher-level plans (and, as the contract grows, catalog entries,
/// rules and templates). Implementations live in plugins/&lt;Name&gt;/ and share only this assembly
/// with the host.
/// </summary>
public interface IPlanPlugin
{
    string Name { get; }

    string Version { get; }

    IReadOnlyList<PlanSource> GetPlans();
}
