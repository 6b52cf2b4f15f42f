using System.Text;
using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Semantics.Model;

namespace MineralPlan.Rendering.Formats;

/// <summary>One HTML file through plan.html.scriban, print styles and maps inside: what the editor's preview shows.</summary>
public sealed class HtmlFormat : IDocumentFormat
{
    internal HtmlFormat()
    {
    }

    public string Name => "html";

    public Bilingual Description => new("HTML, one file with print styles and Chinese fonts", "HTML，单个文件，含打印样式与中文字体");

    public RenderedDocument Render(Plan plan, RenderRequest request) => new(Encoding.UTF8.GetBytes(Text(plan, request)));

    /// <summary>The document as text, for a host that shows it rather than writes it (the preview): not encoded and decoded again.</summary>
    public string Text(Plan plan, RenderRequest request) =>
        TextDocumentRenderer.Render(plan, "plan.html.scriban", request.Templates, request.Draw, request.Cancellation);
}
