namespace MineralPlan.Semantics.Units;

/// <summary>What a unit measures. Quantities of different dimensions never compare or add.</summary>
public enum Dimension
{
    Mass,
    Volume,
    Area,
    Count,
    Money,
    Percent,
    Energy,
    Power,
    Length,
    Time,
    Flow,
    Dimensionless,
}
