namespace MineralPlan.Semantics.Units;

/// <summary>
/// A unit as written (<see cref="Symbol"/>), its dimension, its factor to the dimension's base unit
/// (tonne, cubic metre, km², one, yuan, percent point...) and whether it is a rate per year.
/// </summary>
public sealed record Unit(string Symbol, Dimension Dimension, decimal Factor, bool PerYear)
{
    public bool IsCompatibleWith(Unit other) => Dimension == other.Dimension && PerYear == other.PerYear;

    public decimal ToBase(decimal value) => value * Factor;

    public decimal FromBase(decimal value) => value / Factor;

    public string DimensionName(bool chinese) => (Dimension, chinese) switch
    {
        (Dimension.Mass, true) => "质量", (Dimension.Mass, false) => "mass",
        (Dimension.Volume, true) => "体积", (Dimension.Volume, false) => "volume",
        (Dimension.Area, true) => "面积", (Dimension.Area, false) => "area",
        (Dimension.Count, true) => "数量", (Dimension.Count, false) => "count",
        (Dimension.Money, true) => "金额", (Dimension.Money, false) => "money",
        (Dimension.Percent, true) => "百分比", (Dimension.Percent, false) => "percent",
        (_, true) => Dimension.ToString(), _ => Dimension.ToString().ToLowerInvariant(),
    } + (PerYear ? (chinese ? "/年" : " per year") : string.Empty);
}
