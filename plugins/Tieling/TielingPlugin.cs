using MineralPlan.Plugins.Packaged;

namespace MineralPlan.Plugins.Tieling;

/// <summary>Provides the tieling plan to checks of the plans below it.</summary>
public sealed class TielingPlugin() : EmbeddedPlanPlugin("Tieling", "tieling");
