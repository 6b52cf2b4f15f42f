using System.Text;
using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Semantics.Model;

namespace MineralPlan.Rendering.Formats;

/// <summary>Markdown through plan.md.scriban; the maps it links to are files written beside it.</summary>
internal sealed class MarkdownFormat : IDocumentFormat
{
    public string Name => "md";

    public Bilingual Description => new("Markdown, maps as SVG files beside it", "Markdown，附图为旁边的 SVG 文件");

    public RenderedDocument Render(Plan plan, RenderRequest request)
    {
        var text = TextDocumentRenderer.Render(plan, "plan.md.scriban", request.Templates, request.Draw, request.Cancellation);
        return new RenderedDocument(Encoding.UTF8.GetBytes(text)) { SideFiles = request.Figures?.Drawn.ToList() ?? [] };
    }
}
