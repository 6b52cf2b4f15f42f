using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Checking;
using MineralPlan.Geometry.Spatial;
using MineralPlan.Semantics.Model;

namespace MineralPlan.Geometry.Rules;

/// <summary>
/// Two planning blocks of the same kind (勘查 or 开采) in one plan do not overlap: one block is one right
/// for one holder. One finding per overlapping pair, on the later block, with the earlier one related.
/// </summary>
public sealed class BlockOverlapRule(GeometrySettings settings) : IRule
{
    public DiagnosticDescriptor Descriptor => GeometryDiagnostics.BlocksOverlap;

    public string Source => "DOMAIN.md §2.4 (one block → one 勘查/开采主体), C15 (一区块一主体); seed 000 勘查准入 (一区块一探矿权)";

    public IEnumerable<Diagnostic> Check(RuleContext context) =>
        SameKindOverlaps.Find(SpatialContext.Of(context, settings).Items, p => (p.Item as PlanningBlock)?.BlockKind,
            kind => kind == BlockKind.Mining ? new Bilingual("mining", "开采") : new Bilingual("exploration", "勘查"), Descriptor);
}
