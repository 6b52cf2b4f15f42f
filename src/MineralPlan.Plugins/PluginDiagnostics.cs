using MineralPlan.Abstractions.Diagnostics;

namespace MineralPlan.Plugins;

/// <summary>Codes MP5002-MP5009: loading plugins. A plugin failure never stops the check.</summary>
public static class PluginDiagnostics
{
    public static readonly DiagnosticDescriptor FolderMissing = new(
        "MP5002", DiagnosticSeverity.Error, "Plugin folder not found",
        "the plugins folder '{0}' does not exist; pass a folder holding one sub-folder per plugin (<Name>/<Name>.dll)",
        "插件目录“{0}”不存在；请传入每个插件一个子目录（<名称>/<名称>.dll）的目录")
    {
        UnreadableInput = true,
    };

    public static readonly DiagnosticDescriptor LoadFailed = new(
        "MP5003", DiagnosticSeverity.Error, "Plugin cannot be loaded",
        "the plugin '{0}' cannot be loaded: {1}; rebuild it against this version of MineralPlan.Abstractions",
        "插件“{0}”无法加载：{1}；请针对当前版本的 MineralPlan.Abstractions 重新构建");

    public static readonly DiagnosticDescriptor PluginThrew = new(
        "MP5004", DiagnosticSeverity.Error, "Plugin failed",
        "the plugin '{0}' failed while providing its plans: {1}; the check went on without it",
        "插件“{0}”在提供规划时出错：{1}；检查已在没有该插件的情况下继续");

    public static readonly DiagnosticDescriptor NoPluginType = new(
        "MP5005", DiagnosticSeverity.Warning, "No plugin in assembly",
        "'{0}' holds no public class implementing IPlanPlugin; it was skipped",
        "“{0}”中没有实现 IPlanPlugin 的公共类，已跳过");
}
