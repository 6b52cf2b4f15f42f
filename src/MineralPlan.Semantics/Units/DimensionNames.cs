namespace MineralPlan.Semantics.Units;

/// <summary>A dimension as a finding names it, in each language's own words.</summary>
public static class DimensionNames
{
    public static string Name(this Dimension dimension, bool chinese) => (dimension, chinese) switch
    {
        (Dimension.Mass, true) => "质量", (Dimension.Mass, false) => "mass",
        (Dimension.Volume, true) => "体积", (Dimension.Volume, false) => "volume",
        (Dimension.Area, true) => "面积", (Dimension.Area, false) => "area",
        (Dimension.Count, true) => "数量", (Dimension.Count, false) => "count",
        (Dimension.Money, true) => "金额", (Dimension.Money, false) => "money",
        (Dimension.Percent, true) => "百分比", (Dimension.Percent, false) => "percent",
        (Dimension.Energy, true) => "能量", (Dimension.Energy, false) => "energy",
        (Dimension.Power, true) => "功率", (Dimension.Power, false) => "power",
        (Dimension.Length, true) => "长度", (Dimension.Length, false) => "length",
        (Dimension.Time, true) => "时间", (Dimension.Time, false) => "time",
        (Dimension.Flow, true) => "流量", (Dimension.Flow, false) => "flow",
        (_, true) => "无量纲", _ => "dimensionless",
    };
}
