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

    /// <summary>
    /// Whether a figure that restates another (the text's figure of a table's target) says something else: another
    /// value beyond the rounding of either (after unit conversion), an incompatible unit, or another comparator
    /// (≤ against ≥; 约 agrees with any).
    /// </summary>
    public static bool Disagree(Quantity restated, Quantity original)
    {
        var differs = restated.Unit is { } a && original.Unit is { } b
            ? !a.IsCompatibleWith(b) || Math.Abs(restated.BaseValue - original.BaseValue) > Math.Max(RoundingOf(restated), RoundingOf(original))
            : restated.Value != original.Value;
        return differs || (restated.Comparator != original.Comparator
            && original.Comparator != Syntax.Tree.Comparator.About && restated.Comparator != Syntax.Tree.Comparator.About);
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
