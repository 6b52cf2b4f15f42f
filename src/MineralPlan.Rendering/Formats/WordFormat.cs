using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Semantics.Model;

namespace MineralPlan.Rendering.Formats;

/// <summary>Word in the government-document house style (GB/T 9704), maps inside.</summary>
internal sealed class WordFormat : IDocumentFormat
{
    public string Name => "docx";

    public Bilingual Description => new("Word, in the government-document house style", "Word，公文版式");

    public RenderedDocument Render(Plan plan, RenderRequest request)
    {
        request.Cancellation.ThrowIfCancellationRequested();
        return new(Word.WordRenderer.Render(plan, request.Draw));
    }
}
