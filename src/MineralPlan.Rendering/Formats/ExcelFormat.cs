using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Semantics.Model;

namespace MineralPlan.Rendering.Formats;

/// <summary>The plan's tables as an Excel workbook, one sheet each.</summary>
internal sealed class ExcelFormat : IDocumentFormat
{
    public string Name => "xlsx";

    public Bilingual Description => new("Excel, the tables one sheet each", "Excel，各表格每表一页");

    public RenderedDocument Render(Plan plan, RenderRequest request)
    {
        request.Cancellation.ThrowIfCancellationRequested();
        var content = Excel.ExcelRenderer.Render(plan, out var noTables);
        return new RenderedDocument(content)
        {
            Warnings = noTables
                ? [new("the plan has no tables; the workbook holds only a sheet saying so", "规划中没有表格；工作簿中只有一页说明")]
                : [],
        };
    }
}
