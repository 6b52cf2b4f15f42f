using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Semantics.Model;

namespace MineralPlan.Rendering.Formats;

/// <summary>
/// One output format of <c>mplan render</c> (and of every host that shows a plan: the editor's preview, the
/// workbench): its name, which is also the file's extension, what it is, and how the plan becomes its bytes. The
/// formats are listed in <see cref="DocumentFormats"/>; adding one is a class here and a line there.
/// </summary>
public interface IDocumentFormat
{
    /// <summary>The word after <c>--format</c> and the output file's extension: md, html, docx, xlsx, pdf.</summary>
    string Name { get; }

    /// <summary>What the format is, for <c>render --help</c>.</summary>
    Bilingual Description { get; }

    /// <summary>Why this format cannot be made on this machine (a program it needs is missing), or null when it can.</summary>
    string? Unavailable(Language language) => null;

    /// <summary>The plan as this format. Throws <see cref="TemplateException"/> for a bad template and <see cref="RenderFailedException"/> when a program it runs fails.</summary>
    RenderedDocument Render(Plan plan, RenderRequest request);
}
