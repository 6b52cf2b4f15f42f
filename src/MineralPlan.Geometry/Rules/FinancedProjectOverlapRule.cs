using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Checking;
using MineralPlan.Geometry.Spatial;
using MineralPlan.Semantics.Model;

namespace MineralPlan.Geometry.Rules;

/// <summary>
/// A planning block over an exploration project that public money of provincial or national level pays for (财政出资
/// 勘查项目, a 项目 of 类型 勘查 and 级别 省级/国家级, this plan's or a plan above's) may take a commercial right only after
/// the project ends and with its consent (DOMAIN.md §3 C16, seed 001). Reported so the plan says so; a 例外 records it.
/// </summary>
public sealed class FinancedProjectOverlapRule(GeometrySettings settings) : IRule
{
    public DiagnosticDescriptor Descriptor => GeometryDiagnostics.OverFinancedProject;

    public string Source => "DOMAIN.md §3 C16 (财政项目重叠: commercial rights only after the project ends and with consent; seed 001)";

    public IEnumerable<Diagnostic> Check(RuleContext context)
    {
        var spatial = SpatialContext.Of(context, settings);
        var blocks = spatial.Items.Where(p => p.Item is PlanningBlock).ToList();
        if (blocks.Count == 0)
        {
            yield break;
        }

        var projects = spatial.Items.Where(Financed).Select(p => (Placed: p, context.Plan, Upstream: false))
            .Concat(spatial.Ancestors.SelectMany(a => a.Items.Where(Financed).Select(p => (Placed: p, a.Plan, Upstream: true))))
            .ToList();
        foreach (var (b, k) in Candidates.Between(blocks, [.. projects.Select(x => x.Placed)]))
        {
            var overlap = Overlay.IntersectionKm2(blocks[b].Shape, projects[k].Placed.Shape);
            if (overlap > Tolerances.OverlapKm2)
            {
                var (project, plan, upstream) = projects[k];
                // Financed admitted only projects with a level: this is never taken.
                if (project.Item is not Project { Level: { } level })
                {
                    continue;
                }

                yield return Diagnostic.Create(Descriptor, blocks[b].Span, blocks[b].Name, level.Chinese(), project.Name, plan.Header.Id, Tolerances.Km2(overlap))
                    .WithRelated(upstream ? Related.InParent(project, plan) : Related.Here(project));
            }
        }
    }

    private static bool Financed(Placed placed) =>
        placed.Item is Project { Level: PlanLevel.Province or PlanLevel.National } project
        && project.ProjectKind?.Contains("勘查", StringComparison.Ordinal) == true;
}
