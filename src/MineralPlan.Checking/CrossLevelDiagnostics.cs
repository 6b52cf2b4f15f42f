using MineralPlan.Abstractions.Diagnostics;

namespace MineralPlan.Checking;

/// <summary>Findings shared by the cross-level rules that compare quantities.</summary>
public static class CrossLevelDiagnostics
{
    public static readonly DiagnosticDescriptor IncomparableUnits = new(
        "MP3013", DiagnosticSeverity.Error, "Quantities in incompatible units",
        "{0} ({1}) cannot be compared with {2} ({3}) in '{4}': one is {5}, the other {6}; state it in a unit of the same kind (or give 约合)",
        "{0}（{1}）无法与上级规划“{4}”中的{2}（{3}）比较：一个是{5}，一个是{6}；请使用同类单位（或写明约合值）");
}
