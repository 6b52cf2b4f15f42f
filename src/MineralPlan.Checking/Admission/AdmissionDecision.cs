namespace MineralPlan.Checking.Admission;

/// <summary>The answer to "is this right admissible under the plan?": yes only when no reason blocks it.</summary>
public sealed record AdmissionDecision(IReadOnlyList<AdmissionReason> Reasons)
{
    public bool Admissible => Reasons.All(r => !r.Blocks);
}
