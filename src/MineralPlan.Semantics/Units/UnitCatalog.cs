using System.Collections.Frozen;

namespace MineralPlan.Semantics.Units;

/// <summary>
/// The units plans write, keyed by every spelling. Bases: tonne, m³, km², one, yuan, %, MW, GJ, metre.
/// 万立 is the seeds' shorthand for 万立方米 (铁岭 专栏一).
/// </summary>
public static class UnitCatalog
{
    private static readonly FrozenDictionary<string, (Dimension Dimension, decimal Factor)> Simple =
        new Dictionary<string, (Dimension, decimal)>(StringComparer.OrdinalIgnoreCase)
        {
            ["吨"] = (Dimension.Mass, 1m), ["t"] = (Dimension.Mass, 1m),
            ["千克"] = (Dimension.Mass, 0.001m), ["kg"] = (Dimension.Mass, 0.001m), ["公斤"] = (Dimension.Mass, 0.001m),
            ["千吨"] = (Dimension.Mass, 1_000m), ["kt"] = (Dimension.Mass, 1_000m),
            ["万吨"] = (Dimension.Mass, 10_000m),
            ["亿吨"] = (Dimension.Mass, 100_000_000m),
            ["立方米"] = (Dimension.Volume, 1m), ["m3"] = (Dimension.Volume, 1m), ["m³"] = (Dimension.Volume, 1m), ["方"] = (Dimension.Volume, 1m),
            ["千立方米"] = (Dimension.Volume, 1_000m),
            ["万立方米"] = (Dimension.Volume, 10_000m), ["万立"] = (Dimension.Volume, 10_000m), ["万方"] = (Dimension.Volume, 10_000m),
            ["亿立方米"] = (Dimension.Volume, 100_000_000m),
            ["km2"] = (Dimension.Area, 1m), ["km²"] = (Dimension.Area, 1m), ["平方千米"] = (Dimension.Area, 1m), ["平方公里"] = (Dimension.Area, 1m),
            ["平方米"] = (Dimension.Area, 0.000001m), ["m2"] = (Dimension.Area, 0.000001m), ["m²"] = (Dimension.Area, 0.000001m),
            ["公顷"] = (Dimension.Area, 0.01m), ["hm2"] = (Dimension.Area, 0.01m),
            // 1 亩 = 10000/15 m² = 666.67 m²
            ["亩"] = (Dimension.Area, 0.000666666666666666666666666667m),
            ["个"] = (Dimension.Count, 1m), ["处"] = (Dimension.Count, 1m), ["家"] = (Dimension.Count, 1m),
            ["座"] = (Dimension.Count, 1m), ["项"] = (Dimension.Count, 1m), ["件"] = (Dimension.Count, 1m),
            ["人"] = (Dimension.Count, 1m), ["种"] = (Dimension.Count, 1m), ["类"] = (Dimension.Count, 1m), ["株"] = (Dimension.Count, 1m),
            ["条"] = (Dimension.Count, 1m), ["口"] = (Dimension.Count, 1m), ["宗"] = (Dimension.Count, 1m),
            ["万人"] = (Dimension.Count, 10_000m), ["万株"] = (Dimension.Count, 10_000m),
            ["元"] = (Dimension.Money, 1m), ["万元"] = (Dimension.Money, 10_000m), ["亿元"] = (Dimension.Money, 100_000_000m),
            ["%"] = (Dimension.Percent, 1m),
            ["兆瓦"] = (Dimension.Power, 1m), ["MW"] = (Dimension.Power, 1m),
            ["焦耳"] = (Dimension.Energy, 0.000000001m), ["J"] = (Dimension.Energy, 0.000000001m), ["千焦"] = (Dimension.Energy, 0.000001m),
            ["米"] = (Dimension.Length, 1m), ["m"] = (Dimension.Length, 1m), ["公里"] = (Dimension.Length, 1000m),
            ["千米"] = (Dimension.Length, 1000m), ["km"] = (Dimension.Length, 1000m),
            ["年"] = (Dimension.Time, 1m),
        }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The rate suffixes: per year (/年, /a), per day (/日, /天, /d) and per hour (/时, /小时, /h).</summary>
    private static readonly (string Suffix, RatePeriod Per)[] Rates =
    [
        ("/年", RatePeriod.Year), ("/a", RatePeriod.Year),
        ("/小时", RatePeriod.Hour), ("/时", RatePeriod.Hour), ("/h", RatePeriod.Hour),
        ("/日", RatePeriod.Day), ("/天", RatePeriod.Day), ("/d", RatePeriod.Day),
    ];

    /// <summary>Looks a unit up; <c>X/年</c> is X per year, <c>X/日</c> X per day, <c>X/时</c> X per hour. Returns null for an unknown unit.</summary>
    public static Unit? Find(string symbol)
    {
        var text = symbol.Replace(" ", string.Empty, StringComparison.Ordinal);
        var per = RatePeriod.None;
        foreach (var (suffix, period) in Rates)
        {
            if (text.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && text.Length > suffix.Length)
            {
                per = period;
                text = text[..^suffix.Length];
                break;
            }
        }

        return Simple.TryGetValue(text, out var entry) ? new Unit(symbol, entry.Dimension, entry.Factor, per) : null;
    }

    public static IEnumerable<string> Symbols => Simple.Keys;
}
