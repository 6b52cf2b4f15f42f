namespace MineralPlan.Rendering.Formats;

/// <summary>
/// Every output format, in the order <c>render --help</c> lists them. <c>render</c> takes its <c>--format</c> words and
/// their descriptions from here, the editor's preview takes HTML from here; a new format is one class and one line.
/// </summary>
public static class DocumentFormats
{
    private static readonly IDocumentFormat Word = new WordFormat();

    /// <summary>HTML, which the preview shows as text.</summary>
    public static HtmlFormat Html { get; } = new();

    public static IReadOnlyList<IDocumentFormat> All { get; } = [new MarkdownFormat(), Html, Word, new PdfFormat(Word), new ExcelFormat()];

    /// <summary>The format named <paramref name="name"/> (as written after --format), or null.</summary>
    public static IDocumentFormat? Find(string name) => All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal));

    /// <summary>The format named <paramref name="name"/>, which the caller knows the registry has (a word --format accepted).</summary>
    public static IDocumentFormat Get(string name) => Find(name) ?? throw new ArgumentException($"no output format '{name}'", nameof(name));
}
