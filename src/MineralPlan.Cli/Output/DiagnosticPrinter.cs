using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Syntax;

namespace MineralPlan.Cli.Output;

/// <summary>
/// Human output: <c>path:line:col: severity MPnnnn: message</c>, then the source line and a caret
/// under the span, then related locations.
/// </summary>
/// <param name="explain">Also print each finding's derivation (the values compared and their places).</param>
internal sealed class DiagnosticPrinter(TextWriter output, Language language, Func<string, SourceText?> findSource, bool explain = false)
{
    public void Print(Diagnostic d)
    {
        var accepted = d.AcceptedReason is null ? string.Empty
            : language == Language.En ? $" [accepted: {d.AcceptedReason}]" : $"【已接受：{d.AcceptedReason}】";
        output.WriteLine($"{d.Span.File}:{d.Span.Line}:{d.Span.Column}: {Severity(d.Severity)} {d.Code}: {d.Message(language)}{accepted}");
        if (findSource(d.Span.File) is { } source && d.Span.Line <= source.LineCount && source.Text.Length > 0)
        {
            var line = source.LineText(d.Span.Line);
            output.WriteLine("  " + line);
            var width = d.Span.EndLine == d.Span.Line ? Math.Max(1, d.Span.EndColumn - d.Span.Column) : Math.Max(1, line.Length - d.Span.Column + 1);
            var pad = new string(line.Take(d.Span.Column - 1).Select(c => c == '\t' ? '\t' : IsWide(c) ? '\u3000' : ' ').ToArray());
            output.WriteLine("  " + pad + new string('^', Math.Min(width, 200)));
        }

        foreach (var related in d.Related)
        {
            output.WriteLine($"  {related.Span.File}:{related.Span.Line}:{related.Span.Column}: {(language == Language.En ? "note" : "参见")}: {related.Message(language)}");
        }

        if (explain && d.Derivation is { } derivation)
        {
            output.WriteLine($"  {(language == Language.En ? "derivation" : "推导")}: {derivation.Text}");
        }
    }

    public static string Severity(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };

    // CJK characters take two columns in a terminal; an ideographic space keeps the caret aligned.
    private static bool IsWide(char c) => c >= '\u1100' && (c <= '\u115f' || (c >= '\u2e80' && c <= '\ua4cf') || (c >= '\uac00' && c <= '\ud7a3') || (c >= '\uf900' && c <= '\ufaff') || (c >= '\ufe30' && c <= '\ufe4f') || (c >= '\uff00' && c <= '\uff60') || (c >= '\uffe0' && c <= '\uffe6'));
}
