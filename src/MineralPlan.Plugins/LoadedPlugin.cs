using MineralPlan.Abstractions.Plugins;

namespace MineralPlan.Plugins;

/// <summary>A plugin that loaded, with the plans and template packs it provided.</summary>
public sealed record LoadedPlugin(string Name, string Version, string Path, IReadOnlyList<PlanSource> Plans)
{
    public IReadOnlyList<TemplatePack> TemplatePacks { get; init; } = [];
}
