using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Semantics.Model;

namespace MineralPlan.Checking.Rules;

/// <summary>The parent plan is exactly one level up: county → city → province (《矿产资源规划编制实施办法》第8条; DOMAIN.md §1.1).</summary>
public sealed class ParentLevelRule : IRule
{
    public static readonly DiagnosticDescriptor Rule = new(
        "MP3002", DiagnosticSeverity.Error, "Parent is not one level up",
        "the parent plan '{0}' is a {1} plan, but a {2} plan's parent must be one level up; name the right parent",
        "上级规划“{0}”为{1}规划，而{2}规划的上级必须高一级；请指定正确的上级规划");

    public DiagnosticDescriptor Descriptor => Rule;

    public string Source => "国土资源部令第55号 第8条 (总体规划分级); DOMAIN.md §1.1";

    public IEnumerable<Diagnostic> Check(RuleContext context)
    {
        if (context.Ancestors.Count == 0 || context.Plan.Header.Parent is not { } parentRef)
        {
            yield break;
        }

        var parent = context.Ancestors[0];
        var child = Upstream.LevelRank(context.Plan.Header.Level);
        var up = Upstream.LevelRank(parent.Header.Level);
        if (child >= 0 && up >= 0 && up != child - 1)
        {
            yield return Finding.At(Rule, parentRef.Span, parent.Header.Id, Zh(parent.Header.Level), Zh(context.Plan.Header.Level))
                .WithRelated(Finding.InParent(parent.Header.Span, parent, "级别 / level"));
        }
    }

    private static string Zh(PlanLevel? level) => level?.Chinese() ?? "?";
}
