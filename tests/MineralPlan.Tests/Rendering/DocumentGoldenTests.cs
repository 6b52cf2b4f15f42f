using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.Rendering;

/// <summary>
/// The rendered documents of the shipped plans, pinned: a change in numbering, escaping, interpolation or
/// layout shows up as a baseline diff to review (tests/update-baselines.sh accepts it).
/// </summary>
public sealed class DocumentGoldenTests
{
    [Theory]
    [InlineData("plans/kazuo", "md")]
    [InlineData("plans/kazuo", "html")]
    [InlineData("plans/tieling", "md")]
    [InlineData("plans/tieling", "html")]
    [InlineData("plans/liaoning", "md")]
    [InlineData("plans/examples/city", "md")]
    [InlineData("plans/examples/city", "html")]
    public void The_rendered_plan_matches_its_baseline(string plan, string format)
    {
        using var temp = new TempFolder();
        Assert.Equal(0, CliRunner.Run("render", plan, "--format", format, "-o", temp.Path, "--force").ExitCode);
        var name = Path.GetFileName(plan);
        var text = File.ReadAllText(Path.Combine(temp.Path, name + "." + format));
        Baseline.Match(text, BaselineName(plan, format));
    }

    public static string BaselineName(string plan, string format) => $"render/{plan["plans/".Length..].Replace('/', '_')}.{format}";

    /// <summary>Word and Excel as text dumps (OfficeDump): styles, texts, grids with merges, cell types.</summary>
    [Theory]
    [InlineData("plans/kazuo", "docx", "render/kazuo.docx.txt")]
    [InlineData("plans/tieling", "docx", "render/tieling.docx.txt")]
    [InlineData("plans/examples/city", "docx", "render/examples_city.docx.txt")]
    [InlineData("plans/kazuo", "xlsx", "render/kazuo.xlsx.txt")]
    [InlineData("plans/tieling", "xlsx", "render/tieling.xlsx.txt")]
    public void The_office_document_matches_its_baseline_dump(string plan, string format, string baseline)
    {
        using var temp = new TempFolder();
        Assert.Equal(0, CliRunner.Run("render", plan, "--format", format, "-o", temp.Path, "--force").ExitCode);
        var file = Path.Combine(temp.Path, Path.GetFileName(plan) + "." + format);
        Baseline.Match(format == "docx" ? OfficeDump.Word(file) : OfficeDump.Excel(file), baseline);
    }

    /// <summary>Word and Excel layout (OfficeLayout): style sheets, page set-up, footers and every distinct direct format.</summary>
    [Theory]
    [InlineData("plans/kazuo", "docx")]
    [InlineData("plans/examples/city", "docx")]
    [InlineData("plans/examples/county", "docx")]
    [InlineData("plans/kazuo", "xlsx")]
    [InlineData("plans/tieling", "xlsx")]
    public void The_office_documents_layout_matches_its_baseline(string plan, string format)
    {
        using var temp = new TempFolder();
        Assert.Equal(0, CliRunner.Run("render", plan, "--format", format, "-o", temp.Path, "--force").ExitCode);
        var file = Path.Combine(temp.Path, Path.GetFileName(plan) + "." + format);
        Baseline.Match(format == "docx" ? OfficeLayout.Word(file) : OfficeLayout.Excel(file), LayoutBaselineName(plan, format));
    }

    public static string LayoutBaselineName(string plan, string format) => $"render/{plan["plans/".Length..].Replace('/', '_')}.{format}.layout.txt";
}
