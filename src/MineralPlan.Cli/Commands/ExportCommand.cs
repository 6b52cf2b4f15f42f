using System.CommandLine;
using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Cli.Output;
using MineralPlan.Geometry.Interchange;
using MineralPlan.Geometry.Spatial;
using MineralPlan.Semantics;

namespace MineralPlan.Cli.Commands;

/// <summary><c>mplan export PLAN --format geojson -o FILE</c>: every zone and block of a plan as GIS features.</summary>
internal static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var plan = CommonOptions.Plan();
        var lang = CommonOptions.Lang();
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: geojson (a FeatureCollection; one feature per zone and block, with its attributes).",
            DefaultValueFactory = _ => "geojson",
        }.AcceptOnlyFromAmong("geojson");
        var output = new Option<string>("--output", "-o")
        {
            Description = "The file to write, e.g. out/kazuo.geojson (its folder is created if missing).",
            Required = true,
        };
        var crs = new Option<string>("--crs")
        {
            Description = "Coordinates: lonlat (default; CGCS2000 longitude/latitude, what GIS tools expect for GeoJSON) or native (each feature keeps the plan's own numbers and names its 坐标系).",
            DefaultValueFactory = _ => "lonlat",
        }.AcceptOnlyFromAmong("lonlat", "native");
        var force = new Option<bool>("--force")
        {
            Description = "Overwrite a file this tool did not write, and export a plan whose boundaries have errors (those features get a null geometry).",
        };
        var command = new Command("export", "Export a plan's zones and blocks, with their boundaries and attributes, as GeoJSON.")
        {
            plan, format, output, crs, force, lang,
        };
        command.SetAction(parse =>
        {
            var language = CommonOptions.ToLanguage(parse.GetValue(lang));
            var folder = context.Resolve(parse.GetValue(plan) ?? ".");
            var compilation = PlanLoader.LoadFolder(folder, context.WorkingDirectory);
            if (compilation is null)
            {
                context.Error.WriteLine(language == Language.En
                    ? $"error: '{parse.GetValue(plan)}' is not a plan folder; pass a folder such as plans/kazuo"
                    : $"错误：“{parse.GetValue(plan)}”不是规划文件夹；请传入如 plans/kazuo 的文件夹");
                return ExitCodes.BadUsageOrInput;
            }

            var printer = new DiagnosticPrinter(context.Error, language, compilation.FindSource);
            if (compilation.Plan is not { } model || compilation.HasErrors)
            {
                foreach (var d in DiagnosticOrder.Sort(compilation.Diagnostics))
                {
                    printer.Print(d);
                }

                context.Error.WriteLine(language == Language.En ? "export: the plan does not compile; fix the errors above" : "export：规划无法编译；请先修正上述错误");
                return ExitCodes.PlanHasErrors;
            }

            var spatial = SpatialPlan.Read(model, folder, compilation.FindSource);
            var problems = DiagnosticOrder.Sort(spatial.All.SelectMany(b => b.Problems)).ToList();
            problems.ForEach(printer.Print);
            if (problems.Count > 0 && !parse.GetValue(force))
            {
                context.Error.WriteLine(language == Language.En
                    ? "export: some boundaries are invalid; fix them, or pass --force to export them without geometry"
                    : "export：部分边界无效；请先修正，或加 --force 以无几何方式导出这些要素");
                return ExitCodes.PlanHasErrors;
            }

            var target = context.Resolve(parse.GetValue(output) ?? "out.geojson");
            var json = GeoJsonExporter.Write(spatial, parse.GetValue(crs) == "native");
            var result = OutputWriter.Write(Path.GetDirectoryName(target) ?? context.WorkingDirectory, Path.GetFileName(target), json, parse.GetValue(force), language, context.WorkingDirectory);
            (result.Ok ? context.Output : context.Error).WriteLine(result.Message);
            return result.Ok ? ExitCodes.Clean : ExitCodes.BadUsageOrInput;
        });
        return command;
    }
}
