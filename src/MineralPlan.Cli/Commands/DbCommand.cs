using System.CommandLine;
using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Cli.Output;
using MineralPlan.Geometry.Database;
using MineralPlan.Geometry.Spatial;
using MineralPlan.Semantics;

namespace MineralPlan.Cli.Commands;

/// <summary>
/// <c>mplan db export PLAN|WORKSPACE -o FILE.gpkg</c>: the planning database (建立矿产资源规划数据库, DZ/T 0226) as a
/// GeoPackage that QGIS, ArcGIS and GDAL open.
/// </summary>
internal static class DbCommand
{
    public static Command Create(CliContext context)
    {
        var plan = new Argument<string>("PLAN") { Description = "A plan folder (plans/kazuo) or a workspace folder of plans (plans/examples)." };
        var output = new Option<string>("--output", "-o") { Description = "The .gpkg file to write.", Required = true };
        var force = new Option<bool>("--force") { Description = "Export items whose boundary is invalid, without geometry. To replace a file this tool did not write, use --overwrite." };
        var overwrite = CommonOptions.Overwrite();
        var lang = CommonOptions.Lang();
        var export = new Command("export", "Write the planning database as a GeoPackage: one layer per zone or block kind in the DZ/T 0226 规划区 structure (GHQBH 编号, GHQMC 名称, SZXZQ 所在行政区, QHQLB 类别, GHQMJ 面积, GDZB 拐点坐标, GHBZSJ 编制时间, GEO_CODE 行政区划代码), planned minerals, indicators and plan metadata, in the plan's CGCS2000 system (a workspace: CGCS2000 lon/lat, EPSG 4490).")
        {
            plan, output, force, overwrite, lang,
        };
        export.SetAction(parse => Export(context, parse.GetValue(plan) ?? ".", parse.GetValue(output) ?? "plan.gpkg", parse.GetValue(force), parse.GetValue(overwrite), CommonOptions.ToLanguage(parse.GetValue(lang))));

        var pushPlan = new Argument<string>("PLAN") { Description = "A plan folder or a workspace folder of plans." };
        var to = new Option<string>("--to") { Description = "The database: postgresql://user:password@host:port/database (or an Npgsql key=value string). PostGIS must be installed there; the tables go into schema mplan.", Required = true };
        var pushForce = new Option<bool>("--force") { Description = "Push items whose boundary is invalid, without geometry." };
        var pushLang = CommonOptions.Lang();
        var push = new Command("push", "Write the planning database into PostGIS (schema mplan, geometry in CGCS2000 lon/lat SRID 4490 with GiST indexes). Per plan and idempotent: an unchanged plan is left alone, a changed plan replaces its own rows in one transaction.")
        {
            pushPlan, to, pushForce, pushLang,
        };
        push.SetAction(parse => Push(context, parse.GetValue(pushPlan) ?? ".", parse.GetValue(to) ?? string.Empty, parse.GetValue(pushForce), CommonOptions.ToLanguage(parse.GetValue(pushLang))));
        return new Command("db", "The planning database (矿产资源规划数据库): export a plan or workspace as a GeoPackage, or push it into PostGIS.") { export, push };
    }

    private static int Push(CliContext context, string argument, string address, bool force, Language language)
    {
        var (builder, problem) = DatabaseAddress.Parse(address);
        if (builder is null)
        {
            context.Error.WriteLine(language == Language.En ? $"error: --to: {problem}" : $"错误：--to 无法识别：{problem}");
            return ExitCodes.BadUsageOrInput;
        }

        var (plans, exit) = Load(context, argument, force, language, "db push");
        if (plans is null)
        {
            return exit;
        }

        try
        {
            using var source = PostGisWriter.DataSource(builder);
            foreach (var (plan, outcome) in PostGisWriter.Push(PlanningRows.Of(plans, Geometry.Crs.CrsSpec.LonLat), source))
            {
                context.Output.WriteLine(language == Language.En
                    ? $"{plan}: {outcome switch { PushOutcome.Added => "added", PushOutcome.Replaced => "replaced", _ => "unchanged" }}"
                    : $"{plan}：{outcome switch { PushOutcome.Added => "已新增", PushOutcome.Replaced => "已替换", _ => "未变化" }}");
            }

            return ExitCodes.Clean;
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException or Npgsql.PostgresException or InvalidOperationException or TimeoutException or System.Net.Sockets.SocketException)
        {
            // Never print the password: the message names the host and database only.
            context.Error.WriteLine(language == Language.En
                ? $"error: cannot push to {builder.Host}:{builder.Port}/{builder.Database}: {e.Message}"
                : $"错误：无法写入 {builder.Host}:{builder.Port}/{builder.Database}：{e.Message}");
            return ExitCodes.BadUsageOrInput;
        }
    }

    private static (List<SpatialPlan>? Plans, int Exit) Load(CliContext context, string argument, bool force, Language language, string verb)
    {
        var folder = context.Resolve(argument);
        var isWorkspace = WorkspaceCheck.IsWorkspace(folder);
        // One snapshot compiles every plan of the workspace (or the one plan folder, in its own workspace).
        var snapshot = new Workspaces.Workspace(isWorkspace ? folder : Semantics.WorkspaceRoot.OfPlanFolder(folder),
            new Workspaces.WorkspaceOptions { DisplayRoot = context.WorkingDirectory }).Current;
        IReadOnlyList<string> folders = isWorkspace ? snapshot.PlanFolders() : [folder];
        var plans = new List<SpatialPlan>();
        var problems = new List<Diagnostic>();
        foreach (var planFolder in folders)
        {
            var compilation = snapshot.Compile(planFolder);
            if (compilation is null)
            {
                context.Error.WriteLine(language == Language.En
                    ? $"error: '{argument}' is not a plan or workspace folder; pass a folder such as plans/kazuo or plans/examples"
                    : $"错误：“{argument}”不是规划或工作区文件夹；请传入如 plans/kazuo 或 plans/examples 的文件夹");
                return (null, ExitCodes.BadUsageOrInput);
            }

            var printer = new DiagnosticPrinter(context.Error, language, compilation.FindSource);
            if (compilation.Plan is not { } model || compilation.HasErrors)
            {
                DiagnosticOrder.Sort(compilation.Diagnostics).ToList().ForEach(printer.Print);
                context.Error.WriteLine(language == Language.En ? $"{verb}: a plan does not compile; fix the errors above" : $"{verb}：规划无法编译；请先修正上述错误");
                return (null, ExitCodes.PlanHasErrors);
            }

            var spatial = SpatialPlan.Read(model, planFolder, compilation.FindSource);
            var invalid = DiagnosticOrder.Sort(spatial.All.SelectMany(b => b.Problems)).ToList();
            invalid.ForEach(printer.Print);
            problems.AddRange(invalid);
            plans.Add(spatial);
        }

        if (problems.Count > 0 && !force)
        {
            context.Error.WriteLine(language == Language.En
                ? $"{verb}: some boundaries are invalid; fix them, or pass --force to write those items without geometry"
                : $"{verb}：部分边界无效；请先修正，或加 --force 以无几何方式写入这些要素");
            return (null, ExitCodes.PlanHasErrors);
        }

        return (plans, ExitCodes.Clean);
    }

    private static int Export(CliContext context, string argument, string target, bool force, bool overwrite, Language language)
    {
        var (plans, exit) = Load(context, argument, force, language, "db export");
        if (plans is null)
        {
            return exit;
        }

        var file = context.Resolve(target);
        var directory = Path.GetDirectoryName(file) ?? context.WorkingDirectory;
        if (OutputWriter.Refusal(directory, Path.GetFileName(file), overwrite, language, context.WorkingDirectory) is { } refusal)
        {
            context.Error.WriteLine(refusal);
            return ExitCodes.BadUsageOrInput;
        }

        // SQLite writes a file, not bytes: build the database beside nothing of the user's, then hand its bytes
        // to the writer that guards against overwriting and records what mplan wrote.
        var scratch = Path.Combine(Path.GetTempPath(), "mplan-" + Guid.NewGuid().ToString("N") + ".gpkg");
        try
        {
            GeoPackageWriter.Write(PlanningRows.Of(plans), scratch);
            var written = OutputWriter.Write(directory, Path.GetFileName(file), File.ReadAllBytes(scratch), overwrite, language, context.WorkingDirectory);
            (written.Ok ? context.Output : context.Error).WriteLine(written.Message);
            return written.Ok ? ExitCodes.Clean : ExitCodes.BadUsageOrInput;
        }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or IOException or UnauthorizedAccessException)
        {
            // A full or unwritable temp folder: nothing half-written reaches the target.
            context.Error.WriteLine(language == Language.En ? $"error: cannot build the GeoPackage: {e.Message}" : $"错误：无法生成 GeoPackage：{e.Message}");
            return ExitCodes.BadUsageOrInput;
        }
        finally
        {
            File.Delete(scratch);
        }
    }
}
