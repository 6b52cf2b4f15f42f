namespace MineralPlan.Abstractions.Diagnostics;

public enum DiagnosticSeverity
{
    Error,
    Warning,
    Info,
}
