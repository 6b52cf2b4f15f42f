using MineralPlan.LanguageServer.Protocol;
using MineralPlan.Syntax.Formatting;

namespace MineralPlan.LanguageServer.Features;

/// <summary>textDocument/formatting: the formatter of <c>mplan fmt</c>, as one edit of the whole text; nothing for text that does not parse.</summary>
internal static class Formatting
{
    public static TextEdit[] Format(DocumentContext document)
    {
        var result = PlanFormatter.Format(document.Text, document.DisplayPath);
        if (result.Text is null || result.Text == document.Text)
        {
            return [];
        }

        return [new TextEdit(document.Lines.RangeOf(0, document.Text.Length), result.Text)];
    }
}
