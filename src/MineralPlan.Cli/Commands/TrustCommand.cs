using System.CommandLine;
using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Workspaces;

namespace MineralPlan.Cli.Commands;

/// <summary>
/// <c>mplan trust [DIR] [--remove] [--list]</c>: the user says that the rule scripts of the plans in DIR (and below)
/// may run. Recorded by real path in the user's configuration (<see cref="UserTrust"/>), never in the workspace.
/// </summary>
internal static class TrustCommand
{
    public static Command Create(CliContext context)
    {
        var folder = new Argument<string>("DIR")
        {
            Description = "信任的文件夹（其下所有规划的规则脚本可运行），默认为当前目录 / The folder to trust (every plan below it may run its rule scripts); the current folder by default.",
            DefaultValueFactory = _ => ".",
        };
        var remove = new Option<bool>("--remove") { Description = "撤销对该文件夹的信任 / Withdraw trust from the folder." };
        var list = new Option<bool>("--list") { Description = "列出已信任的文件夹及记录位置 / List the trusted folders and where they are recorded." };
        var lang = CommonOptions.Lang();
        var command = new Command("trust", "信任一个工作区：审阅其规则脚本（*.rule.csx）后允许它们运行；记录在您本人的配置中，工作区内的文件无法自行开启信任。 / Trust a workspace: after reviewing its rule scripts (*.rule.csx), let them run. Recorded in your own configuration; no file inside a workspace can grant trust.")
        {
            folder, remove, list, lang,
        };
        command.SetAction(parse =>
        {
            var language = CommonOptions.ToLanguage(parse.GetValue(lang));
            var en = language == Language.En;
            var (trust, problem) = UserTrust.Load(context.ConfigFolder);
            if (problem is not null)
            {
                context.Error.WriteLine(en ? $"error: the trust file cannot be read: {problem}; fix or delete it" : $"错误：无法读取信任记录文件：{problem}；请修正或删除它");
                return ExitCodes.BadUsageOrInput;
            }

            if (parse.GetValue(list))
            {
                context.Output.WriteLine(en ? $"trusted folders (recorded in {trust.FilePath}):" : $"已信任的文件夹（记录于 {trust.FilePath}）：");
                foreach (var f in trust.Folders)
                {
                    context.Output.WriteLine("  " + f);
                }

                if (trust.Folders.Count == 0)
                {
                    context.Output.WriteLine(en ? "  (none)" : "  （无）");
                }

                return ExitCodes.Clean;
            }

            var target = context.Resolve(parse.GetValue(folder) ?? ".");
            if (!Directory.Exists(target))
            {
                context.Error.WriteLine(en ? $"error: '{parse.GetValue(folder)}' is not a folder" : $"错误：“{parse.GetValue(folder)}”不是文件夹");
                return ExitCodes.BadUsageOrInput;
            }

            var real = UserTrust.RealPathOf(target);
            var changed = parse.GetValue(remove) ? trust.Without(target) : trust.With(target);
            try
            {
                changed.Save();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                context.Error.WriteLine(en ? $"error: cannot write {trust.FilePath}: {e.Message}" : $"错误：无法写入 {trust.FilePath}：{e.Message}");
                return ExitCodes.BadUsageOrInput;
            }

            context.Output.WriteLine(parse.GetValue(remove)
                ? (en ? $"no longer trusted: {real}" : $"已撤销信任：{real}")
                : (en ? $"trusted: {real} (rule scripts of the plans below it may now run; recorded in {changed.FilePath})" : $"已信任：{real}（其下规划的规则脚本现在可以运行；记录于 {changed.FilePath}）"));
            return ExitCodes.Clean;
        });
        return command;
    }
}
