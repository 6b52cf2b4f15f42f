using MineralPlan.Abstractions.Diagnostics;

namespace MineralPlan.Cli.Isolation;

/// <summary>Codes MP5010-MP5011: foreign code (a rule script, a plugin) that ended or crashed its worker process.</summary>
public static class SandboxDiagnostics
{
    public static readonly DiagnosticDescriptor ScriptEndedProcess = new(
        "MP5010", DiagnosticSeverity.Error, "Script ended its process",
        "the rule script {0} {1}; the other rules still ran; a rule script must report through Report/Warn and return",
        "规则脚本 {0} {2}；其他规则已照常运行；规则脚本应通过 Report/Warn 报告并正常返回");

    public static readonly DiagnosticDescriptor PluginEndedProcess = new(
        "MP5011", DiagnosticSeverity.Error, "Plugin ended its process",
        "the plugin '{0}' {1} while loading; the check went on without it; fix or remove the plugin",
        "插件“{0}”在加载时{2}；检查已在没有该插件的情况下继续；请修复或移除该插件");
}
