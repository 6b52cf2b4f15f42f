using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Semantics.Model;

namespace MineralPlan.Geometry.Rules;

/// <summary>The zone kinds other zones and blocks must keep out of (DOMAIN.md C9, C10), with their names in findings.</summary>
internal static class KeyZones
{
    public static readonly Bilingual KeyExploration = new("key exploration zone", "重点勘查区");
    public static readonly Bilingual KeyMining = new("key mining zone", "重点开采区");
    public static readonly Bilingual NationalPlanningArea = new("national planning area", "国家规划矿区");

    /// <summary>Any zone kind as a finding names it: English as a sentence does ("concentrated mining zone", but
    /// "national planning area", not "… zone"), Chinese as the plan writes it.</summary>
    public static Bilingual Name(ZoneKind kind) => kind switch
    {
        ZoneKind.KeyExploration => KeyExploration,
        ZoneKind.KeyMining => KeyMining,
        ZoneKind.NationalPlanningArea => NationalPlanningArea,
        ZoneKind.EnergyBase => new("energy resource base", kind.Chinese()),
        _ => new(kind.Word().Replace('_', ' ') + " zone", kind.Chinese()),
    };

    /// <summary>重点勘查区 or 重点开采区; with <paramref name="national"/> also 国家规划矿区.</summary>
    public static Bilingual? Kind(Zone zone, bool national) => zone.ZoneKind switch
    {
        ZoneKind.KeyExploration => KeyExploration,
        ZoneKind.KeyMining => KeyMining,
        ZoneKind.NationalPlanningArea when national => NationalPlanningArea,
        _ => null,
    };
}
