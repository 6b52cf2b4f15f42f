namespace MineralPlan.Semantics.Units;

/// <summary>
/// The magnitudes rules compute with. decimal holds about 7.9e28; a plan value converted to base units and
/// then summed, multiplied by 100 or divided by another plan value must stay inside it, or a rule would
/// throw instead of reporting. No plan needs more than 10^15 base units (10^15 t is 10 million 亿吨) or a
/// non-zero value below 10^-10 (a 10^-4 m² area); with both bounds a quotient times 100 stays below 10^28.
/// </summary>
public static class QuantityRange
{
    public const decimal Max = 1e15m;

    public const decimal MinNonZero = 1e-10m;

    public static bool Fits(decimal value, Unit? unit)
    {
        var magnitude = Math.Abs(value);
        if (magnitude == 0)
        {
            return true;
        }

        var factor = unit?.Factor ?? 1m;
        // Compared before multiplying, so the check itself cannot overflow.
        return magnitude <= Max / factor && magnitude >= MinNonZero / factor;
    }
}
