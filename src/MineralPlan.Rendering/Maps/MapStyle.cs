using MineralPlan.Semantics.Model;

namespace MineralPlan.Rendering.Maps;

/// <summary>Fill colours and legend labels, one per zone kind and block kind; fixed so maps compare across plans.</summary>
internal static class MapStyle
{
    public const string RegionStroke = "#333333";
    public const string FeatureStroke = "#404040";
    public const double FillOpacity = 0.7;

    private static readonly Dictionary<string, (string Color, string Label)> Zones = new(StringComparer.Ordinal)
    {
        ["national_planning_area"] = ("#d7301f", "国家规划矿区"),
        ["key_exploration"] = ("#fdae6b", "重点勘查区"),
        ["key_mining"] = ("#9e9ac8", "重点开采区"),
        ["concentrated_mining"] = ("#fee391", "集中开采区"),
        ["mining_economy"] = ("#a1d99b", "矿业经济发展区"),
        ["energy_base"] = ("#9ecae1", "能源资源基地"),
        ["exploration_development"] = ("#c994c7", "勘查开发区"),
    };

    private static readonly Dictionary<string, (string Color, string Label)> Blocks = new(StringComparer.Ordinal)
    {
        ["exploration"] = ("#6baed6", "勘查规划区块"),
        ["mining"] = ("#fb6a4a", "开采规划区块"),
    };

    private static readonly (string Color, string Label) Other = ("#bdbdbd", "其他");

    public static (string Color, string Label) Of(PlanItem item) => item switch
    {
        Zone z => z.ZoneKind is { } k && Zones.TryGetValue(k.Word(), out var s) ? s : Other,
        PlanningBlock b => b.BlockKind is { } k && Blocks.TryGetValue(k.Word(), out var s) ? s : Other,
        _ => Other,
    };

    public static bool Shows(MapKind kind, PlanItem item) => kind switch
    {
        MapKind.Layout => item is Zone,
        MapKind.Exploration => item is PlanningBlock { BlockKind: BlockKind.Exploration },
        MapKind.Mining => item is PlanningBlock { BlockKind: BlockKind.Mining },
        _ => item is PlanningBlock,
    };
}
