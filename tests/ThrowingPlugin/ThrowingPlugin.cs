using MineralPlan.Abstractions.Plugins;

namespace ThrowingPlugin;

public sealed class ThrowingPlugin : IPlanPlugin
{
    public string Name => "Throwing";

    public string Version => "0.0.1";

    public IReadOnlyList<PlanSource> GetPlans() => throw new InvalidOperationException("deliberate failure");
}
