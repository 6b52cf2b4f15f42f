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
            Description = "Output format: geojson (a FeatureCollection; one feature per zone and block, with its attributes) or shp (a polygon shapefile: .shp, .shx, .dbf in UTF-8, .prj, .cpg; dBASE field names per the README).",
            DefaultValueFactory = _ => "geojson",
        }.AcceptOnlyFromAmong("geojson", "shp");
        var output = new Option<string>("--output", "-o")
        {
            Description = "The file to write, e.g. out/kazuo.geojson or out/kazuo.shp (its folder is created if missing; a shapefile's other files go beside it).",
            Required = true,
        };
        var crs = new Option<string>("--crs")
        {
            Description = "Coordinates: lonlat (default; CGCS2000 longitude/latitude, what GIS tools expect for GeoJSON) or native (GeoJSON: each feature keeps the plan's own numbers and names its 坐标系; shapefile: everything in the plan's own Gauss-Krüger system, named in the .prj).",
            DefaultValueFactory = _ => "lonlat",
        }.AcceptOnlyFromAmong("lonlat", "native");
        var force = new Option<bool>("--force")
        {
            Description = "Export a plan whose boundaries have errors (those features get a null geometry). To replace files this tool did not write, use --overwrite.",
        };
        var overwrite = CommonOptions.Overwrite();
        var command = new Command("export", "Export a plan's zones and blocks, with their boundaries and attributes, as GeoJSON or a shapefile.")
        {
            plan, format, output, crs, force, overwrite, lang,
        };
        command.SetAction(parse =>
        {
            var language = CommonOptions.ToLanguage(parse.GetValue(lang));
            var folder = context.Resolve(parse.GetValue(plan) ?? ".");
            var compilation = Workspaces.Workspace.CompileFolder(folder, context.WorkingDirectory);
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
            if (parse.GetValue(format) == "shp")
            {
                return WriteShapefile(context, spatial, target, parse.GetValue(crs) == "native", parse.GetValue(overwrite), language);
            }

            var json = GeoJsonExporter.Write(spatial, parse.GetValue(crs) == "native");
            var result = OutputWriter.Write(Path.GetDirectoryName(target) ?? context.WorkingDirectory, Path.GetFileName(target), json, parse.GetValue(overwrite), language, context.WorkingDirectory);
            (result.Ok ? context.Output : context.Error).WriteLine(result.Message);
            return result.Ok ? ExitCodes.Clean : ExitCodes.BadUsageOrInput;
        });
        return command;
    }

    private static int WriteShapefile(CliContext context, SpatialPlan spatial, string target, bool native, bool overwrite, Language language)
    {
        var result = ShapefileExporter.Write(spatial, native);
        if (result.SkippedItems.Count > 0)
        {
            context.Error.WriteLine(language == Language.En
                ? $"warning: without a valid boundary, not in the shapefile: {string.Join(", ", result.SkippedItems)}"
                : $"警告：以下要素没有有效边界，未写入 shapefile：{string.Join("、", result.SkippedItems)}");
        }

        if (result.SkippedAttributes.Count > 0)
        {
            context.Error.WriteLine(language == Language.En
                ? $"warning: attribute names longer than {ShapefileFields.MaxNameBytes} bytes cannot be dBASE fields and are left out: {string.Join(", ", result.SkippedAttributes)}; export GeoJSON to keep them"
                : $"警告：以下属性名超过 {ShapefileFields.MaxNameBytes} 字节，无法作为 dBASE 字段，未写入：{string.Join("、", result.SkippedAttributes)}；如需保留请导出 GeoJSON");
        }

        var folder = Path.GetDirectoryName(target) ?? context.WorkingDirectory;
        var stem = Path.GetFileNameWithoutExtension(target);
        // Check every file first, so a refusal leaves no half-written shapefile behind.
        if (result.Files.Select(f => OutputWriter.Refusal(folder, stem + f.Extension, overwrite, language, context.WorkingDirectory)).FirstOrDefault(r => r is not null) is { } refusal)
        {
            context.Error.WriteLine(refusal);
            return ExitCodes.BadUsageOrInput;
        }

        foreach (var (extension, content) in result.Files)
        {
            var written = OutputWriter.Write(folder, stem + extension, content, overwrite, language, context.WorkingDirectory);
            if (!written.Ok)
            {
                context.Error.WriteLine(written.Message);
                return ExitCodes.BadUsageOrInput;
            }

            context.Output.WriteLine(written.Message);
        }

        context.Output.WriteLine(language == Language.En
            ? $"{result.Written} features in {result.Crs.Text}"
            : $"共 {result.Written} 个要素，坐标系 {result.Crs.Text}");
        return ExitCodes.Clean;
    }
}
