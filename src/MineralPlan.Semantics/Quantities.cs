using MineralPlan.Semantics.Model;

namespace MineralPlan.Semantics;

/// <summary>Arithmetic on quantities as plans write them: unit-aware, tolerant only of the rounding the written digits imply.</summary>
public static class Quantities
{
    /// <summary>True when every quantity with a unit has the same dimension (and per-year-ness) as the others.</summary>
    public static bool AllCompatible(IEnumerable<Quantity> quantities)
    {
        var units = quantities.Select(q => q.Unit).OfType<Units.Unit>().ToList();
        return units.All(u => u.IsCompatibleWith(units[0]));
    }

    /// <summary>Half a unit of the last written digit, in base units: "26.92" → 0.005.</summary>
    public static decimal RoundingOf(Quantity q)
    {
        // Counts (个, 处, 家) are exact; only measured amounts are rounded.
        if (q.Unit is { Dimension: Units.Dimension.Count })
        {
            return 0m;
        }

        var text = q.NumberText;
        var dot = text.IndexOf('.');
        var decimals = dot < 0 ? 0 : text.Length - dot - 1;
        var step = 0.5m;
        for (var i = 0; i < decimals; i++)
        {
            step /= 10m;
        }

        return q.Unit?.ToBase(step) ?? step;
    }

    /// <summary>
    /// Whether a computed base value equals a stated quantity within the rounding of the stated
    /// number and of the inputs it was computed from.
    /// </summary>
    public static bool EqualWithinRounding(decimal computed, Quantity stated, IEnumerable<Quantity> inputs)
    {
        var tolerance = RoundingOf(stated) + inputs.Sum(RoundingOf);
        return Math.Abs(computed - stated.BaseValue) <= tolerance;
    }
}
