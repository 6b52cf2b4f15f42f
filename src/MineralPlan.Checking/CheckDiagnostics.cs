using MineralPlan.Abstractions.Diagnostics;

namespace MineralPlan.Checking;

/// <summary>Codes of the checking engine itself (MP9xxx). Rule codes live with their rules.</summary>
public static class CheckDiagnostics
{
    public static readonly DiagnosticDescriptor RuleFailed = new(
        "MP9001", DiagnosticSeverity.Error, "A rule failed",
        "internal error in rule {0}: {1}; the other rules still ran; please report this with the plan",
        "规则 {0} 内部错误：{1}；其他规则已照常运行；请连同规划文件报告此问题");
}
