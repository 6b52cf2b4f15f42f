using MineralPlan.Abstractions.Diagnostics;

namespace MineralPlan.Scripting;

/// <summary>Codes MP5006-MP5009, MP5012 and MP5100-MP5101: scripted rules.</summary>
public static class ScriptDiagnostics
{
    public static readonly DiagnosticDescriptor CompileError = new(
        "MP5006", DiagnosticSeverity.Error, "Script does not compile",
        "the rule script does not compile: {0} {1}; fix the script (the globals are Plan, Parents, Report, Warn)",
        "规则脚本无法编译：{0} {1}；请修正脚本（可用的全局成员：Plan、Parents、Report、Warn）");

    public static readonly DiagnosticDescriptor NotTrusted = new(
        "MP5007", DiagnosticSeverity.Warning, "Scripts not trusted",
        "{0} rule script(s) were not run because you have not trusted this workspace; after reviewing them, run `mplan trust` on the workspace (recorded in your own configuration) or pass --trust-scripts for one run (no file inside a workspace can switch scripts on)",
        "您尚未信任此工作区，{0} 个规则脚本未运行；审阅后对工作区运行 `mplan trust`（记录在您本人的配置中），或本次运行加 --trust-scripts（工作区内的任何文件都不能开启脚本）");

    public static readonly DiagnosticDescriptor TimedOut = new(
        "MP5008", DiagnosticSeverity.Error, "Script ran too long",
        "the rule script was stopped after {0} s; make it faster or raise \"scriptTimeoutSeconds\" in mplan.json",
        "规则脚本运行超过 {0} 秒被终止；请优化脚本，或在 mplan.json 中调大 \"scriptTimeoutSeconds\"");

    public static readonly DiagnosticDescriptor Threw = new(
        "MP5009", DiagnosticSeverity.Error, "Script failed",
        "the rule script failed: {0}; the other rules still ran",
        "规则脚本运行出错：{0}；其他规则已照常运行");

    public static readonly DiagnosticDescriptor Finding = new(
        "MP5100", DiagnosticSeverity.Error, "Scripted rule finding",
        "{0}: {1}",
        "{0}：{1}");

    public static readonly DiagnosticDescriptor Warning = new(
        "MP5101", DiagnosticSeverity.Warning, "Scripted rule warning",
        "{0}: {1}",
        "{0}：{1}");

    public static readonly DiagnosticDescriptor Unreadable = new(
        "MP5012", DiagnosticSeverity.Error, "Rule script cannot be read",
        "'{0}' {1}; a rule script must be a regular file of at most 1 MB",
        "“{0}”{1}；规则脚本必须是不超过 1 MB 的普通文件");
}
