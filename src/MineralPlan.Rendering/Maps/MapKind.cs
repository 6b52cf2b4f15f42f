namespace MineralPlan.Rendering.Maps;

/// <summary>Which of a plan's standard figures (附图) a map draws.</summary>
public enum MapKind
{
    /// <summary>矿产资源勘查开发保护总体布局图: the zones.</summary>
    Layout,

    /// <summary>勘查规划图: the exploration blocks.</summary>
    Exploration,

    /// <summary>开采规划图: the mining blocks.</summary>
    Mining,

    /// <summary>规划区块分布图: every block.</summary>
    Blocks,
}

public static class MapKinds
{
    /// <summary>
    /// The map a figure title asks for, by the words the plans' figure lists use (e.g. 铁岭市 附图3
    /// “矿产资源勘查开发保护总体布局图”, 附图4 “矿产资源勘查规划图”); null for figures that are not drawn
    /// from zones and blocks (a geological map, a status map).
    /// </summary>
    public static MapKind? Of(string title) =>
        title.Contains("总体布局", StringComparison.Ordinal) ? MapKind.Layout
        : title.Contains("勘查规划", StringComparison.Ordinal) ? MapKind.Exploration
        : title.Contains("开采规划", StringComparison.Ordinal) ? MapKind.Mining
        : title.Contains("区块", StringComparison.Ordinal) ? MapKind.Blocks
        : null;
}
