using System.Text;
using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Semantics.Model;

namespace MineralPlan.Rendering.Formats;

/// <summary>One HTML file through plan.html.scriban, print styles and maps inside: what the editor's preview shows.</summary>
internal sealed class HtmlFormat : IDocumentFormat
{
    public string Name => "html";

    public Bilingual Description => new("HTML, one file with print styles and Chinese fonts", "HTML，单个文件，含打印样式与中文字体");

    public RenderedDocument Render(Plan plan, RenderRequest request) =>
        new(Encoding.UTF8.GetBytes(TextDocumentRenderer.Render(plan, "plan.html.scriban", request.Templates, request.Figures is { } maps ? maps.Draw : null, request.Cancellation)));
}
