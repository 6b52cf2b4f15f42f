using MineralPlan.Semantics.Model;

namespace MineralPlan.Checking.Admission;

/// <summary>
/// Checks a proposed right against the plan and the plans above it: prohibited/restricted minerals
/// (矿种方向), minimum mining scale (最低开采规模, the strictest of all levels, units converted), the
/// sand-and-stone double control (inside a 集中开采区 and at least its minimum scale), and a block's
/// kind and mineral (投放应与区块一致，不得变更矿种) (DOMAIN.md §2.4, §2.6, §2.7, C1, C2, C11).
/// </summary>
public static class AdmissionEvaluator
{
    private const string Sand = "建筑用砂石";

    public static AdmissionDecision Evaluate(Plan plan, IReadOnlyList<Plan> ancestors, Application application)
    {
        var reasons = new List<AdmissionReason>();
        var plans = new[] { plan }.Concat(ancestors).ToList();
        // A right of a kind is the activity of the same name (探矿权: 勘查, 采矿权: 开采).
        var activity = ActivityOf(application.Right);
        var minerals = application.Minerals.Select(m => m.Key).ToHashSet(StringComparer.Ordinal);

        foreach (var p in plans)
        {
            foreach (var d in p.OfType<Direction>().Where(d => d.Activity == activity && d.Stance is Stance.Prohibited or Stance.Restricted))
            {
                foreach (var m in d.Minerals.Where(m => minerals.Contains(m.Key)))
                {
                    var condition = d.Condition is null ? string.Empty : $"（{d.Condition}）";
                    var verb = d.Stance == Stance.Prohibited ? ("prohibits", "禁止") : ("restricts", "限制");
                    reasons.Add(new(true, p.Header.Id, d.DisplayName, d.Span,
                        $"{p.Header.Id} {verb.Item1} {m.Written}{condition} for this activity",
                        $"{p.Header.Id} {verb.Item2}{m.Written}{condition}"));
                }
            }
        }

        if (application.Right == RightKind.Mining)
        {
            MinimumScale(plans, application, minerals, reasons);
        }

        var zone = application.Within is { } w ? plan.FindItem(w.Text) : null;
        if (application.Within is { } within && zone is null)
        {
            reasons.Add(new(true, plan.Header.Id, "位于", within.Span,
                $"'{within.Text}' is no zone or block of {plan.Header.Id}", $"“{within.Text}”不是{plan.Header.Id}规划中的分区或区块"));
        }

        if (application.Right == RightKind.Mining && minerals.Contains(Sand))
        {
            if (zone is Zone { ZoneKind: ZoneKind.ConcentratedMining } z)
            {
                reasons.Add(new(false, plan.Header.Id, z.DisplayName, z.Span,
                    $"inside the concentrated sand-and-stone zone {z.DisplayName}", $"位于砂石土集中开采区“{z.DisplayName}”内"));
            }
            else
            {
                reasons.Add(new(true, plan.Header.Id, "砂石双控", application.Span,
                    "a new sand-and-stone mining right must lie inside a 集中开采区 of the plan (double control)",
                    "新立普通建筑用砂石采矿权必须位于规划的集中开采区内（双控）"));
            }
        }

        if (zone is PlanningBlock block)
        {
            if (block.BlockKind is { } kind && application.Right is { } right && kind.Word() != right.Word())
            {
                reasons.Add(new(true, plan.Header.Id, block.DisplayName, block.Span,
                    $"{block.DisplayName} is a {kind.Word()} block; a right must match its block's kind",
                    $"“{block.DisplayName}”为{kind.Chinese()}规划区块，矿业权类型须与区块一致"));
            }

            if (!block.Minerals.IsEmpty && !block.Minerals.Any(m => minerals.Contains(m.Key)))
            {
                reasons.Add(new(true, plan.Header.Id, block.DisplayName, block.Span,
                    $"{block.DisplayName} is planned for {string.Join("、", block.Minerals.Select(m => m.Written))}; the mineral may not be changed",
                    $"“{block.DisplayName}”规划矿种为{string.Join("、", block.Minerals.Select(m => m.Written))}，不得变更矿种"));
            }
        }

        return new AdmissionDecision(reasons) { Unchecked = Unchecked(plans, application, minerals, zone) };
    }

    /// <summary>What the plans set nothing about for this application, so nobody takes silence for consent.</summary>
    private static List<(string En, string Zh)> Unchecked(List<Plan> plans, Application application, HashSet<string> minerals, PlanItem? zone)
    {
        var names = string.Join("、", application.Minerals.Select(m => m.Written));
        var activity = application.Right == RightKind.Mining ? ("a mining", "开采") : ("an exploration", "勘查");
        var open = new List<(string, string)>();
        if (!plans.Any(p => p.OfType<Direction>().Any(d => d.Activity == ActivityOf(application.Right) && d.Minerals.Any(m => minerals.Contains(m.Key)))))
        {
            open.Add(($"no plan sets {activity.Item1} direction (矿种方向) for {names}", $"各级规划均未规定{names}的{activity.Item2}方向（矿种方向）"));
        }

        if (application.Right == RightKind.Mining && !plans.Any(p => p.OfType<MinScale>().Any(s => s.Minerals.Any(m => minerals.Contains(m.Key))))
            && zone is not Zone { MinScale: not null })
        {
            open.Add(($"no plan sets a minimum mining scale (最低开采规模) for {names}", $"各级规划均未规定{names}的最低开采规模"));
        }

        if (application.Within is null)
        {
            open.Add(("the application names no zone or block (位于), so the plan's zones and blocks were not checked", "申请未写明所在分区或区块（位于），未核查规划分区与区块"));
        }

        return open;
    }

    private static void MinimumScale(List<Plan> plans, Application application, HashSet<string> minerals, List<AdmissionReason> reasons)
    {
        var scale = application.Scale;
        var limits = plans.SelectMany(p => p.OfType<MinScale>()
                .Where(s => s.Minerals.Any(m => minerals.Contains(m.Key)) && Applies(s.Mine, application.Mine))
                .SelectMany(s => s.Value is { Unit: { } u } v ? [(v, u, (PlanItem)s, p)] : Array.Empty<(Quantity, Semantics.Units.Unit, PlanItem, Plan)>()))
            .Concat(plans.Take(1).SelectMany(p => p.OfType<Zone>()
                .Where(z => z.ZoneKind == ZoneKind.ConcentratedMining && application.Within?.Text == z.Id)
                .SelectMany(z => z.MinScale is { Unit: { } u } v ? [(v, u, (PlanItem)z, p)] : Array.Empty<(Quantity, Semantics.Units.Unit, PlanItem, Plan)>())))
            .ToList();
        foreach (var (limit, limitUnit, item, p) in limits)
        {
            if (scale?.Unit is not { } unit)
            {
                reasons.Add(new(true, p.Header.Id, item.DisplayName, item.Span,
                    $"the application states no annual scale; {item.DisplayName} requires at least {limit.Display}",
                    $"申请未写明年开采规模；“{item.DisplayName}”要求不低于 {limit.Display}"));
                return;
            }

            if (!unit.IsCompatibleWith(limitUnit))
            {
                if (item is MinScale { Approx: { Unit: { } au } approx } && au.IsCompatibleWith(unit))
                {
                    Compare(scale, approx, item, p, reasons);
                }

                continue;
            }

            Compare(scale, limit, item, p, reasons);
        }
    }

    private static void Compare(Quantity scale, Quantity limit, PlanItem item, Plan p, List<AdmissionReason> reasons)
    {
        var ok = scale.BaseValue >= limit.BaseValue;
        reasons.Add(new(!ok, p.Header.Id, item.DisplayName, item.Span,
            ok ? $"scale {scale.Display} meets the minimum {limit.Display} of {item.DisplayName}"
               : $"scale {scale.Display} is below the minimum {limit.Display} of {item.DisplayName}",
            ok ? $"规模 {scale.Display} 达到“{item.DisplayName}”的最低规模 {limit.Display}"
               : $"规模 {scale.Display} 低于“{item.DisplayName}”规定的最低规模 {limit.Display}"));
    }

    private static bool Applies(MineKind? ruleMine, MineKind? mine) =>
        ruleMine is null or MineKind.All || mine is null || ruleMine == mine || (ruleMine == MineKind.NewOrExpanded && mine is MineKind.New or MineKind.Expanded);

    private static Activity? ActivityOf(RightKind? right) => right switch
    {
        RightKind.Exploration => Activity.Exploration,
        RightKind.Mining => Activity.Mining,
        _ => null,
    };
}
