using MineralPlan.Plugins.Packaged;

namespace MineralPlan.Plugins.Liaoning;

/// <summary>Provides the liaoning plan to checks of the plans below it.</summary>
public sealed class LiaoningPlugin() : EmbeddedPlanPlugin("Liaoning", "liaoning");
