using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.Conformance;

/// <summary>
/// SARIF, HTML, SVG, GeoJSON and shapefiles that mplan writes pass validators that are not ours
/// (<see cref="Validators"/>). Where a validator cannot be installed the test is skipped and says why.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class ValidatorConformanceTests
{
    public static TheoryData<string> Plans() => new() { "plans/kazuo", "plans/tieling", "plans/skeleton", "plans/examples/county", "plans/examples", "plans" };

    public static TheoryData<string> Documents() => new()
    {
        "plans/kazuo", "plans/tieling", "plans/skeleton", "plans/liaoning", "plans/chaoyang", "plans/examples/county", "plans/examples/city", "plans/examples/province",
    };

    public static TheoryData<string> Spatial() => new() { "plans/examples/county", "plans/examples/city", "plans/examples/province" };

    public static TheoryData<string> Seeds() => new() { "plans/kazuo", "plans/tieling", "plans/skeleton", "plans/liaoning", "plans/chaoyang" };

    [SkippableTheory]
    [MemberData(nameof(Plans))]
    public void The_SARIF_report_passes_the_SARIF_multitool(string plan)
    {
        using var temp = new TempFolder();
        var result = CliRunner.Run("check", plan, "--format", "sarif");
        var file = Path.Combine(temp.Path, "report.sarif");
        File.WriteAllText(file, result.Output);
        var outcome = Validators.Sarif(file);
        Skip.If(outcome.CannotRun is not null, outcome.CannotRun);
        Assert.True(outcome.Problems.Count == 0, string.Join("\n", outcome.Problems));
        if (result.ExitCode != 0)
        {
            Assert.Contains("\"uriBaseId\": \"WORKSPACE\"", result.Output, StringComparison.Ordinal);
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Documents))]
    public void The_HTML_document_passes_the_Nu_Html_Checker(string plan)
    {
        using var temp = new TempFolder();
        Assert.Equal(0, CliRunner.Run("render", plan, "--format", "html", "-o", temp.Path, "--force").ExitCode);
        var outcome = Validators.Html(Directory.GetFiles(temp.Path, "*.html").Single());
        Skip.If(outcome.CannotRun is not null, outcome.CannotRun);
        Assert.True(outcome.Problems.Count == 0, string.Join("\n", outcome.Problems));
    }

    [SkippableFact]
    public void The_HTML_of_the_Liaoning_template_pack_passes_the_Nu_Html_Checker()
    {
        using var temp = new TempFolder();
        var result = CliRunner.Run("render", "plans/tieling", "--format", "html", "-o", temp.Path, "--force", "--templates", "liaoning", "--plugins", "artifacts/plugins");
        Assert.Equal(0, result.ExitCode);
        var outcome = Validators.Html(Directory.GetFiles(temp.Path, "*.html").Single());
        Skip.If(outcome.CannotRun is not null, outcome.CannotRun);
        Assert.True(outcome.Problems.Count == 0, string.Join("\n", outcome.Problems));
    }

    [SkippableFact]
    public void The_map_SVG_files_pass_the_Nu_Html_Checker()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, CliRunner.Run("render", "plans/examples/county", "--format", "md", "-o", temp.Path, "--force").ExitCode);
        var svgs = Directory.GetFiles(temp.Path, "*.svg");
        Assert.Equal(3, svgs.Length);
        foreach (var svg in svgs)
        {
            // vnu checks an SVG file as SVG by its extension.
            var outcome = Validators.Html(svg);
            Skip.If(outcome.CannotRun is not null, outcome.CannotRun);
            Assert.True(outcome.Problems.Count == 0, Path.GetFileName(svg) + ":\n" + string.Join("\n", outcome.Problems));
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Spatial))]
    public void The_GeoJSON_export_passes_check_geojson_and_opens_in_GDAL_as_CGCS2000(string plan)
    {
        var summary = ExportAndValidate(plan);
        Assert.Contains("Geometry: Polygon", summary.Replace("Multi Polygon", "Polygon", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [SkippableTheory]
    [MemberData(nameof(Seeds))]
    public void The_GeoJSON_export_of_a_plan_without_coordinates_is_valid_too(string plan) => ExportAndValidate(plan);

    /// <summary>Exports the plan as GeoJSON, checks it with check-geojson and opens it with ogrinfo; returns ogrinfo's summary.</summary>
    private static string ExportAndValidate(string plan)
    {
        using var temp = new TempFolder();
        var file = Path.Combine(temp.Path, "plan.geojson");
        Assert.Equal(0, CliRunner.Run("export", plan, "-o", file, "--force").ExitCode);
        var outcome = Validators.GeoJson(file);
        Skip.If(outcome.CannotRun is not null, outcome.CannotRun);
        Assert.True(outcome.Problems.Count == 0, string.Join("\n", outcome.Problems));
        var (summary, cannot) = Validators.Ogrinfo(file);
        Skip.If(cannot is not null, cannot);
        Assert.Matches(@"Feature Count: [1-9]", summary);
        return summary;
    }

    [SkippableTheory]
    [InlineData("plans/examples/county", "lonlat", "DATUM[\"China 2000\"")]
    [InlineData("plans/examples/county", "native", "PROJCRS[\"CGCS2000 GK3 40\"")]
    [InlineData("plans/examples/city", "native", "PROJCRS[\"CGCS2000 GK3 CM120\"")]
    [InlineData("plans/examples/province", "native", "DATUM[\"China 2000\"")]
    public void The_shapefile_export_opens_in_GDAL_with_its_coordinate_system(string plan, string crs, string named)
    {
        using var temp = new TempFolder();
        var file = Path.Combine(temp.Path, "layer.shp");
        Assert.Equal(0, CliRunner.Run("export", plan, "--format", "shp", "--crs", crs, "-o", file, "--force").ExitCode);
        var (summary, cannot) = Validators.Ogrinfo(file);
        Skip.If(cannot is not null, cannot);
        Assert.Contains("Geometry: Polygon", summary, StringComparison.Ordinal);
        Assert.Matches(@"Feature Count: [1-9]", summary);
        Assert.Contains(named, summary, StringComparison.Ordinal);
        Assert.Contains("NAME: String", summary, StringComparison.Ordinal);
    }
}
