using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.Rendering;

/// <summary>专栏一 groups its rows as the seed prints it: 类别 and the indicator group merged down, 指标名称 over two columns.</summary>
public sealed class MergedCellTests
{
    [Fact]
    public void The_kazuo_docx_merges_category_and_group_cells_like_the_seed()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, CliRunner.Run("render", "plans/kazuo", "--format", "docx", "-o", temp.Path, "--force").ExitCode);
        using var doc = WordprocessingDocument.Open(Path.Combine(temp.Path, "kazuo.docx"), false);
        var table = doc.MainDocumentPart!.Document!.Body!.Elements<Table>().Single(t => t.Elements<TableRow>().First().InnerText.StartsWith("类别", StringComparison.Ordinal));
        var rows = table.Elements<TableRow>().Select(r => r.Elements<TableCell>().ToList()).ToList();

        Assert.Equal(6, table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Count());
        Assert.Equal("指标名称", rows[0][1].InnerText);
        Assert.Equal(2, rows[0][1].TableCellProperties!.GridSpan!.Val!.Value);

        // 矿产资源勘查 covers five rows, 新增资源储量 four: a restarting cell, then empty continuing cells.
        Assert.Equal(("矿产资源勘查", MergedCellValues.Restart), (rows[1][0].InnerText, rows[1][0].TableCellProperties!.VerticalMerge!.Val!.Value));
        Assert.Equal(("新增资源储量", MergedCellValues.Restart), (rows[1][1].InnerText, rows[1][1].TableCellProperties!.VerticalMerge!.Val!.Value));
        foreach (var continued in rows.Skip(2).Take(3))
        {
            Assert.All(continued.Take(2), c => Assert.Equal((string.Empty, (MergedCellValues?)null), (c.InnerText, c.TableCellProperties!.VerticalMerge!.Val?.Value)));
            Assert.Equal(6, continued.Count);
        }

        // 新发现大中型矿产地 has no group: it spans both name columns under the merged 类别.
        Assert.Equal(5, rows[5].Count);
        Assert.Equal(("新发现大中型矿产地", 2), (rows[5][1].InnerText, rows[5][1].TableCellProperties!.GridSpan!.Val!.Value));
    }

    [Fact]
    public void The_kazuo_html_and_markdown_use_rowspan_and_colspan()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, CliRunner.Run("render", "plans/kazuo", "--format", "html", "-o", temp.Path, "--force").ExitCode);
        Assert.Equal(0, CliRunner.Run("render", "plans/kazuo", "--format", "md", "-o", temp.Path, "--force").ExitCode);
        foreach (var file in new[] { "kazuo.html", "kazuo.md" })
        {
            // The HTML marks short cells that must not wrap (class="nw"); the structure is what is compared.
            var text = File.ReadAllText(Path.Combine(temp.Path, file)).Replace(" class=\"nw\"", string.Empty, StringComparison.Ordinal);
            Assert.Contains("<th colspan=\"2\">指标名称</th>", text, StringComparison.Ordinal);
            Assert.Contains("<tr><td rowspan=\"5\">矿产资源勘查</td><td rowspan=\"4\">新增资源储量</td><td>铁矿</td><td>矿石，万吨</td><td>300</td><td>预期性</td></tr>", text, StringComparison.Ordinal);
            Assert.Contains("<tr><td>年开采量</td><td colspan=\"2\">铁矿</td>", text, StringComparison.Ordinal);
        }

        // Tables without merged cells stay Markdown pipe tables.
        Assert.Contains("| 序号 |", File.ReadAllText(Path.Combine(temp.Path, "kazuo.md")), StringComparison.Ordinal);
    }
}
