using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Semantics.Model;

namespace MineralPlan.Checking.Rules;

/// <summary>
/// A zone or block the plan carries out (落实) exists upstream with the same kind, level and minerals
/// (DOMAIN.md C7, C14: "zones of a lower plan come from the upper plan ... with the same name, 矿种 and 级别").
/// </summary>
public sealed class CarriedItemRule : IRule
{
    public static readonly DiagnosticDescriptor Missing = new(
        "MP3004", DiagnosticSeverity.Error, "Carried-out item not found upstream",
        "'{0}' carries out '{1}', which no plan above this one declares; correct the reference or add the item to the parent plan",
        "“{0}”落实的“{1}”在上级规划中不存在；请修正引用，或在上级规划中补充该条目");

    public DiagnosticDescriptor Descriptor => Missing;

    public string Source => "DOMAIN.md §3 C7, C14";

    public IEnumerable<Diagnostic> Check(RuleContext context)
    {
        if (context.Ancestors.Count == 0)
        {
            yield break;
        }

        foreach (var item in context.Plan.Items)
        {
            var carries = item switch
            {
                Zone z => z.Carries,
                PlanningBlock b => b.Carries,
                DeclaredCount c => c.Carries,
                MinScale m => m.Carries,
                _ => null,
            };
            if (carries is not null && Upstream.Resolve(context, carries) is null)
            {
                var parent = context.Ancestors[0];
                yield return Finding.At(Missing, carries.Span, item.DisplayName, carries.Text)
                    .WithRelated(Finding.InParent(parent.Header.Span, parent, "规划 / plan"));
            }
        }
    }
}
