using MineralPlan.Abstractions.Diagnostics;

namespace MineralPlan.Checking.Admission;

/// <summary>One reason for (or a condition of) a decision, naming the plan item it comes from.</summary>
public sealed record AdmissionReason(bool Blocks, string PlanId, string Rule, SourceSpan Source, string En, string Zh)
{
    public string Message(Language language) => language == Language.En ? En : Zh;
}
