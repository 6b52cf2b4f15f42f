using System.Collections.Immutable;

namespace MineralPlan.Semantics.Minerals;

/// <summary>
/// A mineral of the catalog: standard name, aliases, class (能源/金属/非金属/水气), registration class
/// (第一/二/三类) where known, default measure and unit.
/// </summary>
public sealed record MineralEntry(
    string Name,
    ImmutableArray<string> Aliases,
    string? MineralClass,
    int? RegistrationClass,
    string? DefaultMeasure,
    string? DefaultUnit,
    string Source)
{
    /// <summary>所属矿种: the kind of 《矿产资源分类细目》 this entry is (its own name) or belongs to (石灰岩 for
    /// 水泥用灰岩); null for a group name plans use (稀土, 建筑用砂石) or a resource outside the 细目.</summary>
    public string? KindOf { get; init; }
}
