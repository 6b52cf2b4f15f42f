namespace MineralPlan.Abstractions.Plugins;

/// <summary>
/// What a plugin contributes: higher-level plans and template packs (as the contract grows, catalog entries
/// and rules). Implementations live in plugins/&lt;Name&gt;/ and share only this assembly
/// with the host.
/// </summary>
public interface IPlanPlugin
{
    string Name { get; }

    string Version { get; }

    IReadOnlyList<PlanSource> GetPlans();

    /// <summary>Template packs (a province's house style). A default body keeps plugins built before packs existed loading.</summary>
    IReadOnlyList<TemplatePack> GetTemplatePacks() => [];
}
