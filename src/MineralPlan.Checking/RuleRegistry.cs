using MineralPlan.Checking.Rules;

namespace MineralPlan.Checking;

/// <summary>Every built-in rule, in code order. A meta-test checks each is registered and documented.</summary>
public static class RuleRegistry
{
    public static readonly IReadOnlyList<IRule> All =
    [
        new PartsSumRule(),
    ];
}
