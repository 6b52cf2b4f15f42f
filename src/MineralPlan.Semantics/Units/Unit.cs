namespace MineralPlan.Semantics.Units;

/// <summary>
/// A unit as written (<see cref="Symbol"/>), its dimension, its factor to the dimension's base unit
/// (tonne, cubic metre, km², one, yuan, percent point...) and the period it is a rate over, if any.
/// Rates over different periods are not compared: a mine's daily capacity is no fraction of its yearly
/// output (working days differ), so 吨/日 and 吨/年 are different quantities.
/// </summary>
public sealed record Unit(string Symbol, Dimension Dimension, decimal Factor, RatePeriod Per)
{
    public bool PerYear => Per == RatePeriod.Year;

    public bool IsCompatibleWith(Unit other) => Dimension == other.Dimension && Per == other.Per;

    public decimal ToBase(decimal value) => value * Factor;

    public decimal FromBase(decimal value) => value / Factor;

    public string DimensionName(bool chinese) => Dimension.Name(chinese) + (Per, chinese) switch
    {
        (RatePeriod.Year, true) => "/年", (RatePeriod.Year, false) => " per year",
        (RatePeriod.Day, true) => "/日", (RatePeriod.Day, false) => " per day",
        (RatePeriod.Hour, true) => "/时", (RatePeriod.Hour, false) => " per hour",
        _ => string.Empty,
    };
}

/// <summary>The period a rate is over: 万吨/年, 立方米/日, 吨/时.</summary>
public enum RatePeriod
{
    None,
    Year,
    Day,
    Hour,
}
