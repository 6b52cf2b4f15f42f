using System.CommandLine;
using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Cli.Output;
using MineralPlan.Geometry.Crs;
using MineralPlan.Geometry.Interchange;
using MineralPlan.Semantics;
using MineralPlan.Semantics.Schema;

namespace MineralPlan.Cli.Commands;

/// <summary><c>mplan import FILE [--kind K] -o FILE.mplan</c>: a GeoJSON or shapefile layer as 分区/区块 declarations.</summary>
internal static class ImportCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "A GeoJSON FeatureCollection (.geojson, .json) or a shapefile (.shp with .dbf, optional .prj)." };
        var lang = CommonOptions.Lang();
        var output = new Option<string>("--output", "-o")
        {
            Description = "The .mplan file to write (declarations without a 规划 header; put it into a plan folder).",
            Required = true,
        };
        var kind = new Option<string?>("--kind")
        {
            Description = "Kind of features whose 类型 attribute is missing: a zone kind (集中开采区, 重点勘查区, 重点开采区, 国家规划矿区 …) or a block kind (勘查, 开采).",
        };
        var level = new Option<string?>("--level") { Description = "级别 of features that do not give one: 国家级, 省级, 市级 or 县级." };
        var crs = new Option<string?>("--crs")
        {
            Description = "Coordinate system of the file when it does not say (a shapefile without .prj): \"CGCS2000 GK3 40\", \"CGCS2000 GK3 CM120\" or \"CGCS2000 lonlat\".",
        };
        var idField = new Option<string?>("--id-field") { Description = "Attribute holding each feature's id (default 标识, else the GeoJSON id)." };
        var nameField = new Option<string?>("--name-field") { Description = "Attribute holding each feature's name (default 名称)." };
        var overwrite = CommonOptions.Overwrite();
        var command = new Command("import", "Turn a GeoJSON or shapefile layer into DSL declarations (分区/区块 with 坐标系 and 边界 rings).")
        {
            file, output, kind, level, crs, idField, nameField, overwrite, lang,
        };
        command.SetAction(parse =>
        {
            var language = CommonOptions.ToLanguage(parse.GetValue(lang));
            var error = context.Error;
            var kindText = parse.GetValue(kind);
            if (kindText is not null && Words.ZoneKinds.Find(kindText) is null && Words.BlockKinds.Find(kindText) is null)
            {
                error.WriteLine(language == Language.En
                    ? $"error: --kind '{kindText}' is neither a zone kind ({Words.ZoneKinds.Describe()}) nor a block kind ({Words.BlockKinds.Describe()})"
                    : $"错误：--kind “{kindText}”既不是分区类型（{Words.ZoneKinds.Describe()}），也不是区块类型（{Words.BlockKinds.Describe()}）");
                return ExitCodes.BadUsageOrInput;
            }

            var levelText = parse.GetValue(level);
            if (levelText is not null && Words.Levels.Find(levelText) is null)
            {
                error.WriteLine(language == Language.En ? $"error: --level '{levelText}' is not one of {Words.Levels.Describe()}" : $"错误：--level “{levelText}”不是 {Words.Levels.Describe()} 之一");
                return ExitCodes.BadUsageOrInput;
            }

            var crsSpec = CrsSpec.Parse(parse.GetValue(crs));
            if (parse.GetValue(crs) is { } crsText && crsSpec is null)
            {
                error.WriteLine(language == Language.En
                    ? $"error: --crs '{crsText}' is not \"CGCS2000 GK3 <zone>\", \"CGCS2000 GK3 CM<degrees>\" or \"CGCS2000 lonlat\""
                    : $"错误：--crs “{crsText}”应为 \"CGCS2000 GK3 带号\"、\"CGCS2000 GK3 CM中央经线\" 或 \"CGCS2000 lonlat\"");
                return ExitCodes.BadUsageOrInput;
            }

            var path = context.Resolve(parse.GetValue(file) ?? string.Empty);
            var shown = PlanLoader.DisplayPath(path, context.WorkingDirectory);
            var printer = new DiagnosticPrinter(error, language, _ => null);
            var (layer, readError) = GisLayer.Read(path, shown);
            if (layer is null)
            {
                printer.Print(readError ?? Diagnostic.Create(Geometry.GeometryDiagnostics.ImportUnreadable, SourceSpan.None(shown), "?"));
                return ExitCodes.BadUsageOrInput;
            }

            var options = new ImportOptions(kindText, levelText, crsSpec, parse.GetValue(idField), parse.GetValue(nameField));
            var (text, diagnostics) = FeatureImporter.Import(layer, shown, options);
            foreach (var d in diagnostics)
            {
                printer.Print(d);
            }

            if (text is null || diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
            {
                error.WriteLine(language == Language.En ? "import: nothing written; fix the problems above" : "import：未写入；请先处理上述问题");
                return ExitCodes.PlanHasErrors;
            }

            var target = context.Resolve(parse.GetValue(output) ?? "imported.mplan");
            var result = OutputWriter.Write(Path.GetDirectoryName(target) ?? context.WorkingDirectory, Path.GetFileName(target), text, parse.GetValue(overwrite), language, context.WorkingDirectory);
            (result.Ok ? context.Output : error).WriteLine(result.Message);
            return result.Ok ? ExitCodes.Clean : ExitCodes.BadUsageOrInput;
        });
        return command;
    }
}
