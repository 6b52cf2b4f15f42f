using MineralPlan.Abstractions.Diagnostics;

namespace MineralPlan.LanguageServer;

/// <summary>What the language server itself reports.</summary>
public static class ServerDiagnostics
{
    public static readonly DiagnosticDescriptor CheckFailed = new(
        "MP9002", DiagnosticSeverity.Error, "Check failed in the editor",
        "checking this plan failed inside the language server ({0}); the last results are kept; run mplan check on the folder and report the problem",
        "语言服务器检查该规划时出错（{0}）；保留上次结果；请对该文件夹运行 mplan check 并报告问题");
}
