using MineralPlan.Semantics.Model;

namespace MineralPlan.Checking;

/// <summary>
/// What a 数量 counts: zones of a kind or blocks of a kind (its 类型, a canonical word), at a level when it names one.
/// One reading for the rules that hold a declared count against the items (MP2006, MP2023, MP3009).
/// </summary>
internal static class CountSubjects
{
    public static bool Counts(PlanItem item, string subject, PlanLevel? level = null) => item switch
    {
        PlanningBlock b => b.BlockKind?.Word() == subject && (level is null || b.Level == level),
        Zone z => z.ZoneKind?.Word() == subject && (level is null || z.Level == level),
        _ => false,
    };

    /// <summary>The subject as the plan names it: 勘查规划区块 for exploration blocks, 集中开采区 for those zones.</summary>
    public static string Name(string subject) =>
        Semantics.Schema.Words.ZoneKinds.Find(subject)?.Chinese
        ?? (Semantics.Schema.Words.BlockKinds.Find(subject) is { } kind ? kind.Chinese + "规划区块" : subject);
}
