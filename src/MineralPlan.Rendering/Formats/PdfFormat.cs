using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Semantics.Model;

namespace MineralPlan.Rendering.Formats;

/// <summary>The Word document laid out as pages by LibreOffice (<see cref="PdfConverter"/>), which must be installed.</summary>
internal sealed class PdfFormat(IDocumentFormat word) : IDocumentFormat
{
    public string Name => "pdf";

    public Bilingual Description => new("PDF, the Word document laid out by LibreOffice (which must be installed)", "PDF，由 LibreOffice 排版的 Word 文档（需已安装 LibreOffice）");

    public string? Unavailable(Language language) => PdfConverter.Program() is null ? PdfConverter.Missing(language) : null;

    public RenderedDocument Render(Plan plan, RenderRequest request)
    {
        var program = PdfConverter.Program() ?? throw new RenderFailedException(PdfConverter.Missing(Language.En));
        var docx = word.Render(plan, request);
        request.Cancellation.ThrowIfCancellationRequested();
        var (pdf, why) = PdfConverter.Convert(program, docx.Content, plan.Header.Id);
        return pdf is null ? throw new RenderFailedException(why ?? "LibreOffice wrote no PDF") : docx with { Content = pdf };
    }
}
