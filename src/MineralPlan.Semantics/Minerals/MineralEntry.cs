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
    string Source);
