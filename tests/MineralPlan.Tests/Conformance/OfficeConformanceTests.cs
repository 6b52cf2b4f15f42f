using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.Conformance;

/// <summary>
/// Every Word and Excel file mplan writes is valid under the Office 2019 schemas as the OpenXml SDK's own
/// validator reads them (Word offers to "repair" a file whose children are out of schema order).
/// </summary>
public sealed class OfficeConformanceTests
{
    public static TheoryData<string, string> Rendered() => new()
    {
        { "plans/kazuo", "docx" }, { "plans/tieling", "docx" }, { "plans/skeleton", "docx" }, { "plans/liaoning", "docx" },
        { "plans/examples/county", "docx" }, { "plans/examples/city", "docx" }, { "plans/examples/province", "docx" },
        { "plans/kazuo", "xlsx" }, { "plans/tieling", "xlsx" }, { "plans/skeleton", "xlsx" }, { "plans/liaoning", "xlsx" },
        { "plans/examples/county", "xlsx" }, { "plans/examples/city", "xlsx" }, { "plans/examples/province", "xlsx" },
    };

    [Theory]
    [MemberData(nameof(Rendered))]
    public void A_rendered_document_has_no_schema_error(string plan, string format)
    {
        using var temp = new TempFolder();
        var result = CliRunner.Run("render", plan, "--format", format, "-o", temp.Path, "--force");
        Assert.Equal(0, result.ExitCode);
        var file = Directory.GetFiles(temp.Path, "*." + format).Single();
        var errors = Errors(file);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void The_change_table_in_Word_has_no_schema_error()
    {
        using var temp = new TempFolder();
        var changed = Path.Combine(temp.Path, "kazuo");
        Directory.CreateDirectory(changed);
        foreach (var f in Directory.GetFiles(Repo.PathOf("plans/kazuo")))
        {
            File.WriteAllText(Path.Combine(changed, Path.GetFileName(f)), File.ReadAllText(f).Replace("20 万吨/年", "30 万吨/年", StringComparison.Ordinal));
        }

        var output = Path.Combine(temp.Path, "diff.docx");
        var result = CliRunner.Run("diff", "plans/kazuo", changed, "--format", "docx", "-o", output);
        Assert.True(result.ExitCode is 0 or 1, result.All);
        var errors = Errors(output);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    private static List<string> Errors(string file)
    {
        var validator = new OpenXmlValidator(FileFormatVersions.Office2019);
        using OpenXmlPackage package = file.EndsWith(".docx", StringComparison.Ordinal)
            ? WordprocessingDocument.Open(file, false)
            : SpreadsheetDocument.Open(file, false);
        return [.. validator.Validate(package).Take(200).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")];
    }
}
