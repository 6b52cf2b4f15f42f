using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Checking;
using MineralPlan.Rendering.Maps;
using MineralPlan.Geometry.Spatial;
using MineralPlan.Rendering.ViewModel;
using MineralPlan.Semantics;
using MineralPlan.Semantics.Model;
using MineralPlan.Syntax;
using MineralPlan.Syntax.Formatting;

namespace MineralPlan.Fuzz;

/// <summary>
/// One input through every stage as mplan runs them: decode → parse → bind → every built-in and spatial rule
/// → render (Markdown, HTML, Word, Excel, maps) → fmt. What counts as a failure: an exception escaping any
/// stage, a rule that crashed (MP9001), a span outside the text, a format that is not idempotent or that
/// changes the model.
/// </summary>
/// <param name="extraRules">Rules run beside the shipped ones (a test plants a broken rule to see the harness catch it).</param>
public sealed class Runner(string repoRoot, IEnumerable<IRule>? extraRules = null)
{
    private readonly IReadOnlyList<IRule> _rules = [.. RuleRegistry.All, .. Geometry.GeometryRules.Create(repoRoot), .. extraRules ?? []];

    public string? Run(Corpus.Entry entry, byte[] bytes)
    {
        try
        {
            return Stages(entry, bytes);
        }
        catch (Exception e)
        {
            return $"{e.GetType().Name}: {e.Message}\n{e.StackTrace}";
        }
    }

    private string? Stages(Corpus.Entry entry, byte[] bytes)
    {
        var (text, _) = SourceReader.Decode(bytes, entry.Path);
        if (text is null)
        {
            return null;
        }

        var parsed = new List<ParseResult> { PlanParser.Parse(text, entry.Path) };
        if (entry.HeaderPath is not null)
        {
            parsed.Add(PlanParser.Parse(entry.HeaderText!, entry.HeaderPath));
        }

        var compilation = PlanLoader.Compile(entry.Plan, parsed, new DiagnosticBag(), null);
        var diagnostics = compilation.Diagnostics.Concat(PlanChecker.Check(compilation, [], _rules)).ToList();
        if (diagnostics.FirstOrDefault(d => d.Code == CheckDiagnostics.RuleFailed.Code) is { } crash)
        {
            return "rule crashed: " + crash.Message(Language.En);
        }

        if (diagnostics.Select(d => d.Span).Concat(compilation.Plan?.Items.Select(i => i.Span) ?? []).FirstOrDefault(s => OutOfRange(s, entry, text, parsed)) is { File: not null } bad)
        {
            return $"span out of range: {bad.File} offset {bad.Offset} length {bad.Length} line {bad.Line}:{bad.Column}";
        }

        if (compilation.Plan is { } plan)
        {
            Render(plan, Path.Combine(repoRoot, entry.Plan), compilation);
        }

        return Format(entry, text, compilation);
    }

    private static bool OutOfRange(SourceSpan span, Corpus.Entry entry, string text, List<ParseResult> parsed)
    {
        var source = parsed.FirstOrDefault(p => p.Source.Path == span.File)?.Source;
        if (source is null)
        {
            return false;
        }

        return span.Offset < 0 || span.Length < 0 || span.Offset + span.Length > source.Text.Length
            || span.Line < 1 || span.Line > source.LineCount || span.Column < 1 || span.EndLine < span.Line;
    }

    private static void Render(Plan plan, string folder, Compilation compilation)
    {
        var spatial = new Lazy<SpatialPlan>(() => SpatialPlan.Read(plan, folder, compilation.FindSource));
        // Each map is drawn once per input and shared by the three renderers, as render draws it once per format.
        var drawn = new Dictionary<string, FigureImage?>(StringComparer.Ordinal);
        FigureImage? Maps(Figure figure, string number)
        {
            if (!drawn.TryGetValue(number, out var image))
            {
                image = MapKinds.Of(figure.DisplayName) is { } kind && PlanMaps.Draw(spatial.Value, kind, figure.DisplayName) is { } map
                    ? new FigureImage(map.Svg, map.Png, map.WidthPx, map.HeightPx, number + ".svg")
                    : null;
                drawn[number] = image;
            }

            return image;
        }

        Rendering.TextDocumentRenderer.Render(plan, null, Maps);
        Rendering.TextDocumentRenderer.RenderHtml(plan, null, Maps);
        Rendering.Word.WordRenderer.Render(plan, Maps);
        Rendering.Excel.ExcelRenderer.Render(plan);
    }

    private static string? Format(Corpus.Entry entry, string text, Compilation compilation)
    {
        var once = PlanFormatter.Format(text, entry.Path).Text;
        if (once is null)
        {
            return null;
        }

        var twice = PlanFormatter.Format(once, entry.Path).Text;
        if (twice != once)
        {
            return "fmt is not idempotent";
        }

        if (!PlanFormatter.CommentsOf(text).SequenceEqual(PlanFormatter.CommentsOf(once)))
        {
            return "fmt lost or changed a comment";
        }

        var parsed = new List<ParseResult> { PlanParser.Parse(once, entry.Path) };
        if (entry.HeaderPath is not null)
        {
            parsed.Add(PlanParser.Parse(entry.HeaderText!, entry.HeaderPath));
        }

        var reformatted = PlanLoader.Compile(entry.Plan, parsed, new DiagnosticBag(), null);
        var before = compilation.Plan is null ? null : ModelDump.Write(compilation.Plan);
        var after = reformatted.Plan is null ? null : ModelDump.Write(reformatted.Plan);
        return before == after ? null : "fmt changed the model";
    }
}
