namespace MineralPlan.Checking.Admission;

/// <summary>
/// The answer to "is this right admissible under the plan?": admissible only when some rule of the plans applied and
/// none blocks it; undecided when no rule applied at all. <see cref="Unchecked"/> names what the plans leave open.
/// </summary>
public sealed record AdmissionDecision(IReadOnlyList<AdmissionReason> Reasons)
{
    public IReadOnlyList<(string En, string Zh)> Unchecked { get; init; } = [];

    public bool Decided => Reasons.Count > 0;

    public bool Admissible => Decided && Reasons.All(r => !r.Blocks);
}
