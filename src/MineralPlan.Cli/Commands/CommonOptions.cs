using System.CommandLine;
using MineralPlan.Abstractions.Diagnostics;

namespace MineralPlan.Cli.Commands;

/// <summary>Options shared by several commands.</summary>
internal static class CommonOptions
{
    public static Option<string> Lang() => new Option<string>("--lang")
    {
        Description = "Message language: zh (default, 中文) or en.",
        DefaultValueFactory = _ => "zh",
    }.AcceptOnlyFromAmong("zh", "en");

    public static Argument<string> Plan() => new("PLAN")
    {
        Description = "A plan folder holding .mplan files, e.g. plans/kazuo.",
    };

    public static Option<string?> Plugins() => new("--plugins")
    {
        Description = "A folder of plugins (one sub-folder per plugin: Name/Name.dll) whose plans serve as parent plans; e.g. artifacts/plugins after a build.",
    };

    /// <summary>
    /// Replace output files this tool did not write. Kept apart from --force (write despite errors in the plan): one
    /// says what may be lost on disk, the other what may be wrong in the output. Never replaces a device, pipe, folder
    /// or link (OutputWriter).
    /// </summary>
    public static Option<bool> Overwrite() => new("--overwrite")
    {
        Description = "覆盖并非由本工具生成的输出文件（设备、管道、文件夹和链接从不覆盖） / Replace output files this tool did not write (never a device, pipe, folder or link).",
    };

    public static Language ToLanguage(string? lang) => lang == "en" ? Language.En : Language.Zh;
}
