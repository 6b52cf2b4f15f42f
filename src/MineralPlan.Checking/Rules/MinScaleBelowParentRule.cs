using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Semantics.Model;

namespace MineralPlan.Checking.Rules;

/// <summary>
/// A minimum mining scale is not below the one an upper plan sets for the same mineral, and every
/// 集中开采区 obeys the upstream sand-and-stone minimum (DOMAIN.md C1, C2). Units are converted;
/// tonnes are never compared with cubic metres.
/// </summary>
public sealed class MinScaleBelowParentRule : IRule
{
    public static readonly DiagnosticDescriptor Rule = new(
        "MP3006", DiagnosticSeverity.Error, "Minimum mining scale below the upper plan's",
        "the minimum scale of {0} for {1} is {2}, below the {3} that '{4}' sets; it may be raised, never lowered",
        "“{0}”中{1}的最低开采规模为 {2}，低于上级规划“{4}”规定的 {3}；可以提高，不得降低");

    public DiagnosticDescriptor Descriptor => Rule;

    public string Source => "DOMAIN.md §3 C1 (不得低于上级规划中确定的最低开采规模), C2 (集中开采区 ≥ 20万m³/年)";

    public IEnumerable<Diagnostic> Check(RuleContext context)
    {
        var upstream = context.Ancestors.SelectMany(p => p.OfType<MinScale>().Select(m => (Scale: m, Plan: p))).ToList();
        if (upstream.Count == 0)
        {
            yield break;
        }

        foreach (var mine in context.Plan.OfType<MinScale>())
        {
            foreach (var mineral in mine.Minerals)
            {
                foreach (var (theirs, plan) in upstream.Where(u => u.Scale.Minerals.Any(m => m.Key == mineral.Key) && Applies(u.Scale.Mine, mine.Mine)))
                {
                    if (Incomparable(mine.Value, mine.Approx, theirs) is { } problem)
                    {
                        yield return problem(mine.DisplayName, plan);
                    }
                    else if (Below(Comparable(mine.Value, mine.Approx, theirs.Value), theirs.Value) && mine.Value is { } value && theirs.Value is { } floor)
                    {
                        yield return Finding.At(Rule, value.Span, mine.DisplayName, mineral.Written, value.Display, floor.Display, plan.Header.Id)
                            .WithRelated(Finding.InParent(theirs, plan)) with
                        {
                            Derivation = new Derivation([new DerivationInput(value.Display, value.Span), new DerivationInput(floor.Display, floor.Span)], "<", $"({plan.Header.Id})"),
                        };
                    }
                }
            }
        }

        foreach (var zone in context.Plan.OfType<Zone>().Where(z => z.ZoneKind == ZoneKind.ConcentratedMining))
        {
            foreach (var (theirs, plan) in upstream.Where(u => u.Scale.Minerals.Any(m => m.Entry?.Name == "建筑用砂石")))
            {
                if (zone.MinScale is { } scale && theirs.Value is { } floor && Below(scale, floor))
                {
                    yield return Finding.At(Rule, scale.Span, zone.DisplayName, "建筑用砂石", scale.Display, floor.Display, plan.Header.Id)
                        .WithRelated(Finding.InParent(theirs, plan));
                }
            }
        }
    }

    /// <summary>The child's figure in a unit comparable with the parent's: its value, else its 约合.</summary>
    private static Quantity? Comparable(Quantity? value, Quantity? approx, Quantity? theirs) =>
        value?.Unit is { } u && theirs?.Unit is { } t && !u.IsCompatibleWith(t) && approx?.Unit is { } a && a.IsCompatibleWith(t) ? approx : value;

    private static Func<string, Plan, Diagnostic>? Incomparable(Quantity? value, Quantity? approx, MinScale theirs)
    {
        if (value?.Unit is not { } u || theirs.Value?.Unit is not { } t || u.IsCompatibleWith(t)
            || approx?.Unit is { } a && a.IsCompatibleWith(t) || theirs.Approx?.Unit is { } ta && ta.IsCompatibleWith(u))
        {
            return null;
        }

        return (name, plan) => Finding.At(CrossLevelDiagnostics.IncomparableUnits, value.Span, name, value.Display, theirs.DisplayName,
                theirs.Value.Display, plan.Header.Id, u.DimensionName(false), t.DimensionName(false))
            .WithRelated(Finding.InParent(theirs, plan));
    }

    private static bool Applies(MineKind? upstreamMine, MineKind? mine) =>
        upstreamMine is null or MineKind.All || mine is null || upstreamMine == mine;

    private static bool Below(Quantity? mine, Quantity? theirs) =>
        mine?.Unit is { } a && theirs?.Unit is { } b && a.IsCompatibleWith(b) && mine.BaseValue < theirs.BaseValue;
}
