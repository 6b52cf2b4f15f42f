using System.Text;

namespace MineralPlan.Rendering;

/// <summary>
/// Plan text placed into Markdown stays text: Markdown passes raw HTML through and turns [x](y) into links,
/// so a paragraph holding &lt;script&gt; or [点此](javascript:…) would become live markup in every viewer.
/// Backslash escapes (CommonMark §2.4) neutralise the link, emphasis and code characters, and &lt; becomes
/// an entity so no tag or autolink can open. Chinese prose never needs these characters as markup.
/// </summary>
public static class MarkdownText
{
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("\\`*_[]<>&") < 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '<':
                    result.Append("&lt;");
                    break;
                case '&':
                    result.Append("&amp;");
                    break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '>':
                    result.Append('\\').Append(c);
                    break;
                default:
                    result.Append(c);
                    break;
            }
        }

        return result.ToString();
    }

    /// <summary>Text inside a pipe-table cell: escaped, its pipes escaped too, its line breaks as &lt;br&gt;.</summary>
    public static string Cell(string text) =>
        Escape(text).Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", "<br>", StringComparison.Ordinal);
}
