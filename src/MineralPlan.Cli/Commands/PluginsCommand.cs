using System.CommandLine;
using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Cli.Output;
using MineralPlan.Plugins;

namespace MineralPlan.Cli.Commands;

/// <summary><c>mplan plugins list --plugins DIR</c>: what loaded, with versions and the plans each provides.</summary>
internal static class PluginsCommand
{
    private const string DefaultFolder = "artifacts/plugins";

    private const string BuildCommand = "dotnet build plugins/Liaoning && dotnet build plugins/Chaoyang && dotnet build plugins/Tieling";

    public static Command Create(CliContext context)
    {
        var folder = CommonOptions.Plugins();
        folder.DefaultValueFactory = _ => DefaultFolder;
        var lang = CommonOptions.Lang();
        var list = new Command("list", "List the plugins found in a plugins folder, their versions, the plans and the template packs they provide.") { folder, lang };
        list.SetAction(parse =>
        {
            var language = CommonOptions.ToLanguage(parse.GetValue(lang));
            var shown = parse.GetValue(folder) ?? DefaultFolder;
            if (shown == DefaultFolder && !Directory.Exists(context.Resolve(shown)))
            {
                // A fresh clone has built no plugins yet: that is a state to explain, not an error.
                context.Output.WriteLine(language == Language.En
                    ? $"no plugins found: {shown} does not exist yet; build the shipped plugins with\n  {BuildCommand}\nor pass --plugins DIR"
                    : $"未找到插件：{shown} 尚不存在；用以下命令构建随附的插件：\n  {BuildCommand}\n或用 --plugins 目录 指定插件目录");
                return ExitCodes.Clean;
            }

            var (plugins, diagnostics) = Isolation.PluginSandbox.Load(context.Resolve(shown), shown);
            foreach (var plugin in plugins)
            {
                var plans = string.Join(", ", plugin.Plans.Select(p => $"{p.Name} ({p.Files.Count} {(language == Language.En ? "files" : "个文件")})"));
                context.Output.WriteLine($"{plugin.Name} {plugin.Version}  {plugin.Path}  {plans}");
                foreach (var pack in plugin.TemplatePacks)
                {
                    context.Output.WriteLine($"  {(language == Language.En ? "template pack" : "模板包")} {pack.Name}: {string.Join(", ", pack.Templates.Select(t => t.Name))}{(pack.Description.Length > 0 ? "  — " + pack.Description : string.Empty)}");
                }
            }

            var printer = new DiagnosticPrinter(context.Error, language, _ => null);
            foreach (var d in diagnostics)
            {
                printer.Print(d);
            }

            if (plugins.Length == 0 && diagnostics.Length == 0)
            {
                context.Output.WriteLine(language == Language.En ? "no plugins found" : "未找到插件");
            }

            return diagnostics.Any(d => d.Descriptor.UnreadableInput) ? ExitCodes.BadUsageOrInput
                : diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) ? ExitCodes.PlanHasErrors : ExitCodes.Clean;
        });
        return new Command("plugins", "Inspect plugins (parent plans packaged as assemblies).") { list };
    }
}
