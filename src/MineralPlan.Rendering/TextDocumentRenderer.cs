using MineralPlan.Rendering.ViewModel;
using MineralPlan.Semantics.Model;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace MineralPlan.Rendering;

/// <summary>Renders the plan document through a text template: plan.md.scriban (Markdown) or plan.html.scriban (HTML).</summary>
public static class TextDocumentRenderer
{
    public static string Render(Plan plan, TemplateSet? templates = null, Func<Figure, string, FigureImage?>? figures = null) =>
        Render(plan, "plan.md.scriban", templates, figures);

    public static string RenderHtml(Plan plan, TemplateSet? templates = null, Func<Figure, string, FigureImage?>? figures = null, CancellationToken cancellation = default) =>
        Render(plan, "plan.html.scriban", templates, figures, cancellation);

    /// <summary>
    /// The longest text a template may build or write, in characters: 128 M (256 MB in memory), twice the largest plan
    /// file read. Scriban's own limit (1 MiB) cut a whole document silently; beyond this one rendering stops with an error.
    /// </summary>
    public const int MaxTextLength = 128 << 20;

    public static string Render(Plan plan, string templateName, TemplateSet? templates, Func<Figure, string, FigureImage?>? figures = null,
        CancellationToken cancellation = default)
    {
        var view = DocumentViewBuilder.Build(plan, figures);
        var template = (templates ?? new TemplateSet()).Load(templateName);
        var globals = ScriptModel.Of(view);
        globals.Import("md_cell", new Func<string, string>(MarkdownText.Cell));
        globals.Import("md", new Func<string, string>(MarkdownText.Escape));
        globals.Import("span", new Func<ScriptObject, string>(SpanAttributes));
        globals.Import("repeat", new Func<string, int, string>(Repeat));
        // Scriban's default cuts any string over 1 MiB, a whole document included, without an error: the limits here are
        // larger than any plan's document and throw instead, so a template that doubles a string in a loop stops at once.
        var context = new CancellableContext
        {
            LoopLimit = 10_000_000,
            RecursiveLimit = 64,
            StrictVariables = true,
            LimitToString = MaxTextLength,
            OnStringLimit = ScriptLimitBehavior.Throw,
            OutputLimit = MaxTextLength,
            OnOutputLimit = ScriptLimitBehavior.Throw,
            CancellationToken = cancellation,
        };
        context.PushGlobal(globals);
        try
        {
            var text = template.Render(context);
            return Normalise(text);
        }
        catch (ScriptRuntimeException) when (cancellation.IsCancellationRequested)
        {
            // Scriban reports its own stop as a runtime error; to the caller it is the cancellation it asked for.
            throw new OperationCanceledException(cancellation);
        }
        catch (ScriptRuntimeException e)
        {
            throw new TemplateException(e.Message);
        }
    }

    /// <summary>
    /// A context that stops at the next write once its token is cancelled: Scriban reads the token only between loop
    /// steps, and a plan's document is written in many small pieces, so a preview the editor cancels stops promptly.
    /// </summary>
    private sealed class CancellableContext : TemplateContext
    {
        public override TemplateContext Write(Scriban.Parsing.SourceSpan span, object? textAsObject)
        {
            CancellationToken.ThrowIfCancellationRequested();
            return base.Write(span, textAsObject);
        }
    }

    private static string Repeat(string text, int count)
    {
        if ((long)text.Length * Math.Max(0, count) > MaxTextLength)
        {
            throw new TemplateException($"repeat: {count} × {text.Length} characters is more than the {MaxTextLength >> 20} M characters a document may hold");
        }

        return string.Concat(Enumerable.Repeat(text, Math.Max(0, count)));
    }

    // rowspan/colspan attributes of a grid cell, only where it spans.
    private static string SpanAttributes(ScriptObject cell)
    {
        var rows = Convert.ToInt32(cell["row_span"], System.Globalization.CultureInfo.InvariantCulture);
        var columns = Convert.ToInt32(cell["col_span"], System.Globalization.CultureInfo.InvariantCulture);
        return (rows > 1 ? $" rowspan=\"{rows}\"" : string.Empty) + (columns > 1 ? $" colspan=\"{columns}\"" : string.Empty);
    }


    // One trailing newline, LF only: stable golden files whatever the template's whitespace.
    private static string Normalise(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim('\n') + "\n";
}
