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

    public static Language ToLanguage(string? lang) => lang == "en" ? Language.En : Language.Zh;
}
