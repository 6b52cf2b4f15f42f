using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Semantics.Model;

namespace MineralPlan.Checking;

/// <summary>
/// Applies the plan's 例外 records: a finding of the named rule on the named item (or anywhere in the
/// plan when no target is given) is kept in the report, marked accepted with the reviewers' reason,
/// and no longer fails the check. An acceptance that matches nothing is itself reported, so stale
/// exceptions do not pile up.
/// </summary>
public static class Acceptances
{
    public static readonly DiagnosticDescriptor Unused = new(
        "MP2010", DiagnosticSeverity.Warning, "Acceptance matches no finding",
        "the acceptance '{0}' of {1} matches no finding; remove it or correct its rule code or target",
        "例外“{0}”（{1}）没有对应的检查结果；请删除，或修正其规则代码或对象");

    public static IEnumerable<Diagnostic> Apply(Plan plan, IEnumerable<Diagnostic> diagnostics)
    {
        var records = plan.OfType<Acceptance>().Where(a => a.RuleCode is not null).ToList();
        var used = new HashSet<Acceptance>();
        foreach (var d in diagnostics)
        {
            var match = records.FirstOrDefault(a => a.RuleCode == d.Code && Covers(plan, a, d));
            if (match is null)
            {
                yield return d;
                continue;
            }

            used.Add(match);
            yield return d with { AcceptedReason = match.Reason ?? string.Empty };
        }

        foreach (var record in records.Where(r => !used.Contains(r)))
        {
            yield return Diagnostic.Create(Unused, record.Span, record.DisplayName, record.RuleCode);
        }
    }

    private static bool Covers(Plan plan, Acceptance acceptance, Diagnostic diagnostic)
    {
        if (acceptance.Target is null)
        {
            return true;
        }

        return plan.FindItem(acceptance.Target.Text) is { } item && item.Span.Contains(diagnostic.Span);
    }
}
