namespace MineralPlan.Cli;

/// <summary>The CLI's contract with scripts and CI.</summary>
internal static class ExitCodes
{
    public const int Clean = 0;
    public const int PlanHasErrors = 1;
    public const int BadUsageOrInput = 2;
}
