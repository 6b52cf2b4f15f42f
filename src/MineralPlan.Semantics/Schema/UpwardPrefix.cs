using MineralPlan.Semantics.Model;

namespace MineralPlan.Semantics.Schema;

/// <summary>
/// A word that starts a reference into the plans above: <c>上级.x</c>/<c>parent.x</c> name the parent plan's item,
/// <c>省级.x</c>/<c>市级.x</c> the item of the ancestor of that level. <see cref="Words.UpwardPrefixes"/> lists them; the
/// binder, the cross-level rules, the editor's resolver, completion and the grammar all read that list.
/// </summary>
/// <param name="Level">The level of the ancestor meant; null for the parent, whatever its level.</param>
public sealed record UpwardPrefix(string Word, PlanLevel? Level);
