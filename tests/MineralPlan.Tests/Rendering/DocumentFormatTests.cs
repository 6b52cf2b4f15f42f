using System.Text;
using MineralPlan.Rendering.Formats;
using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.Rendering;

/// <summary>
/// The output formats are one registry: render's help and accepted words are the registry's, each format writes a
/// file of its kind under its name, and a word the registry lacks is refused with the list.
/// </summary>
public sealed class DocumentFormatTests
{
    [Fact]
    public void Render_help_lists_exactly_the_registrys_formats_each_with_its_description()
    {
        var help = CliRunner.Run("render", "--help").Output;

        var accepted = help.Split('\n').Single(l => l.Contains("--format <", StringComparison.Ordinal));
        var words = accepted[(accepted.IndexOf('<', StringComparison.Ordinal) + 1)..accepted.IndexOf('>', StringComparison.Ordinal)].Split('|');
        Assert.Equal(DocumentFormats.All.Select(f => f.Name).Order(StringComparer.Ordinal), words.Order(StringComparer.Ordinal));
        Assert.Equal(DocumentFormats.All.Count, DocumentFormats.All.Select(f => f.Name).Distinct(StringComparer.Ordinal).Count());
        foreach (var format in DocumentFormats.All)
        {
            Assert.Contains($"{format.Name}: {format.Description.Zh} / {format.Description.En}", help, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("md", "# ")]
    [InlineData("html", "<!DOCTYPE html>")]
    [InlineData("docx", "PK")]
    [InlineData("xlsx", "PK")]
    public void Each_format_writes_the_plan_as_a_file_of_its_kind_named_by_the_format(string name, string start)
    {
        using var temp = new TempFolder();
        var run = CliRunner.Run("render", "plans/kazuo", "--format", name, "-o", temp.Path, "--force");

        Assert.Equal(0, run.ExitCode);
        var file = Path.Combine(temp.Path, "kazuo." + name);
        var head = Encoding.UTF8.GetString(File.ReadAllBytes(file).AsSpan(0, 64)).TrimStart('\uFEFF');
        Assert.StartsWith(start, head.TrimStart(), StringComparison.OrdinalIgnoreCase);
        Assert.Same(DocumentFormats.Get(name), DocumentFormats.Find(name));
    }

    [Fact]
    public void A_format_the_registry_lacks_is_bad_usage_naming_the_ones_it_has()
    {
        using var temp = new TempFolder();
        var run = CliRunner.Run("render", "plans/kazuo", "--format", "odt", "-o", temp.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.All(DocumentFormats.All, f => Assert.Contains(f.Name, run.Error, StringComparison.Ordinal));
        Assert.Empty(Directory.GetFiles(temp.Path));
        Assert.Null(DocumentFormats.Find("odt"));
        Assert.Throws<ArgumentException>(() => DocumentFormats.Get("odt"));
    }

    [Fact]
    public void Markdown_hands_its_maps_back_as_side_files_and_the_other_formats_keep_them_inside()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, CliRunner.Run("render", "plans/examples/county", "--format", "md", "-o", temp.Path, "--force").ExitCode);
        Assert.NotEmpty(Directory.GetFiles(temp.Path, "*.svg"));

        using var html = new TempFolder();
        Assert.Equal(0, CliRunner.Run("render", "plans/examples/county", "--format", "html", "-o", html.Path, "--force").ExitCode);
        Assert.Empty(Directory.GetFiles(html.Path, "*.svg"));
    }
}
