using System.Collections.Immutable;
using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Semantics;
using MineralPlan.Semantics.Model;

namespace MineralPlan.Checking;

/// <summary>Runs every registered rule over a compiled plan. A rule that throws becomes MP9001, never a crash.</summary>
public static class PlanChecker
{
    public static ImmutableArray<Diagnostic> Check(Compilation compilation, IReadOnlyList<Plan>? ancestors = null, IEnumerable<IRule>? rules = null,
        IReadOnlyList<Plan>? children = null)
    {
        if (compilation.Plan is not { } plan)
        {
            return [];
        }

        var context = new RuleContext(compilation, plan, ancestors ?? []) { Children = children ?? [] };
        var result = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (var rule in rules ?? RuleRegistry.All)
        {
            try
            {
                result.AddRange(rule.Check(context).ToList());
            }
            catch (Exception e)
            {
                result.Add(Diagnostic.Create(CheckDiagnostics.RuleFailed, plan.Header.Span, rule.Descriptor.Code, Cause(e)));
            }
        }

        return [.. Acceptances.Apply(plan, result)];
    }

    /// <summary>
    /// The message worth reporting: a failing static constructor or reflective call wraps the real cause, and the
    /// wrapper's own text ("A type initializer threw an exception…") tells the person filing the report nothing.
    /// </summary>
    internal static string Cause(Exception e)
    {
        while (e is TypeInitializationException or System.Reflection.TargetInvocationException && e.InnerException is { } inner)
        {
            e = inner;
        }

        return e.Message;
    }
}
