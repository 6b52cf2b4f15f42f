using System.Collections.Frozen;

namespace MineralPlan.Semantics.Schema;

/// <summary>
/// What may appear inside one kind of block: its labels, its properties (canonical keys, with those
/// that may repeat) and its child blocks.
/// </summary>
public sealed record BlockSchema(
    string Kind,
    LabelShape Labels,
    FrozenSet<string> Properties,
    FrozenSet<string> Repeatable,
    FrozenSet<string> Children)
{
    public static BlockSchema Of(string kind, LabelShape labels, string properties, string repeatable = "", string children = "") =>
        new(kind, labels, Split(properties), Split(repeatable), Split(children));

    private static FrozenSet<string> Split(string words) =>
        words.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);
}

/// <summary>Which labels a block takes after its keyword.</summary>
public enum LabelShape
{
    /// <summary>No label: <c>数量 { ... }</c> is not allowed; used for blocks identified by content.</summary>
    None,

    /// <summary>One bare id: <c>规划 kazuo { }</c>.</summary>
    Id,

    /// <summary>A bare id and optionally a quoted name: <c>分区 ZC01 "东山集中开采区" { }</c>.</summary>
    IdAndName,

    /// <summary>A quoted title (and optionally a bare id before it): <c>章 "现状与形势" { }</c>.</summary>
    Title,
}
