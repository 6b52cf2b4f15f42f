using System.Globalization;
using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Semantics.Units;
using MineralPlan.Syntax.Tree;

namespace MineralPlan.Semantics.Model;

/// <summary>
/// A number as the plan writes it (<see cref="NumberText"/> keeps "2.00" and "0.003" exactly) with
/// its comparator and unit. The unit may be null (a bare number) or unknown (its text is kept).
/// </summary>
public sealed record Quantity(decimal Value, string NumberText, Comparator Comparator, Unit? Unit, string? UnitText, SourceSpan Span)
{
    /// <summary>The quantity as a plan document prints it: ≤200万吨, 30左右%, 26.92%.</summary>
    public string Display
    {
        get
        {
            var unit = UnitText ?? string.Empty;
            return Comparator switch
            {
                Comparator.LessOrEqual => "≤" + NumberText + unit,
                Comparator.GreaterOrEqual => "≥" + NumberText + unit,
                Comparator.Less => "<" + NumberText + unit,
                Comparator.Greater => ">" + NumberText + unit,
                Comparator.About => NumberText + "左右" + unit,
                _ => NumberText + unit,
            };
        }
    }

    /// <summary>The number with its comparator but without the unit, as a table cell under a unit header shows it.</summary>
    public string NumberDisplay => (this with { UnitText = null }).Display;

    /// <summary>The value in the base unit of its dimension (tonne, m³, km² ...), or the bare value.</summary>
    public decimal BaseValue => Unit?.ToBase(Value) ?? Value;

    public static string Format(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);

    public override string ToString() => Display;
}
