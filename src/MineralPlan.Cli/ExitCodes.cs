namespace MineralPlan.Cli;

/// <summary>The CLI's contract with scripts and CI.</summary>
internal static class ExitCodes
{
    public const int Clean = 0;
    public const int PlanHasErrors = 1;
    public const int BadUsageOrInput = 2;

    /// <summary>mplan admit: no rule of the plans applies to the application, so it can be neither admitted nor refused.</summary>
    public const int Undecided = 3;
}
