using System.Text.RegularExpressions;

namespace MineralPlan.Tests.Infrastructure;

/// <summary>Markdown text as a reader sees it: backslash escapes and the two entities mplan writes undone.</summary>
public static partial class MarkdownVisible
{
    public static string Of(string markdown) =>
        Escape().Replace(markdown, "$1").Replace("&lt;", "<", StringComparison.Ordinal).Replace("&amp;", "&", StringComparison.Ordinal);

    [GeneratedRegex(@"\\([\\`*_\[\]<>|])")]
    private static partial Regex Escape();
}
