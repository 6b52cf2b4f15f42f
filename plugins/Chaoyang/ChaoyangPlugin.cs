using MineralPlan.Plugins.Packaged;

namespace MineralPlan.Plugins.Chaoyang;

/// <summary>Provides the chaoyang plan to checks of the plans below it.</summary>
public sealed class ChaoyangPlugin() : EmbeddedPlanPlugin("Chaoyang", "chaoyang");
