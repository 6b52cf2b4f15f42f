using MineralPlan.Semantics.Binding;
using MineralPlan.Semantics.Model;

namespace MineralPlan.Semantics.Diff;

/// <summary>
/// Semantic changes between two versions of a plan: header fields, items added/removed/changed field by field
/// (matched by id, else name), and paragraphs changed (matched by heading and position). Models are compared,
/// not text, so a formatting-only change gives no rows.
/// </summary>
public static class PlanDiff
{
    /// <param name="fill">Fills a paragraph's holes with the plan's figures, so paragraphs are compared as they read; null: as written.</param>
    /// <param name="words">The table's language (Chinese by default); the plan's own text is shown as written.</param>
    public static IReadOnlyList<PlanChange> Compare(Plan before, Plan after, Func<Plan, InterpolatedText, string>? fill = null, DiffWords? words = null)
    {
        words ??= DiffWords.Zh;
        var changes = new List<PlanChange>();
        Fields("header", words.Header, FieldDisplay.Of(before.Header, words), FieldDisplay.Of(after.Header, words), changes, _ => words.Changed, words);

        var old = before.Items.GroupBy(Key).ToDictionary(g => g.Key, g => g.First());
        var @new = after.Items.GroupBy(Key).ToDictionary(g => g.Key, g => g.First());
        foreach (var item in after.Items.Where(i => !old.ContainsKey(Key(i))))
        {
            changes.Add(new("added", words.Item(item.Kind, item.DisplayName), null, Summary(item), words.Added));
        }

        foreach (var item in before.Items.Where(i => !@new.ContainsKey(Key(i))))
        {
            changes.Add(new("removed", words.Item(item.Kind, item.DisplayName), Summary(item), null, words.Removed));
        }

        foreach (var item in before.Items.Where(i => @new.ContainsKey(Key(i))))
        {
            var now = @new[Key(item)];
            Fields(item.Kind, words.Item(item.Kind, item.DisplayName), FieldDisplay.Of(item, words), FieldDisplay.Of(now, words), changes, field => Remark(item, now, field, words), words);
        }

        var oldText = Paragraphs(before, fill, words);
        var newText = Paragraphs(after, fill, words);
        foreach (var (place, text) in newText)
        {
            if (!oldText.TryGetValue(place, out var was))
            {
                changes.Add(new("paragraph", place, null, text, words.ParagraphAdded));
            }
            else if (was != text)
            {
                changes.Add(new("paragraph", place, was, text, words.ParagraphChanged) { Marked = PlanChange.Mark(was, text) });
            }
        }

        foreach (var (place, text) in oldText.Where(p => !newText.ContainsKey(p.Key)))
        {
            changes.Add(new("paragraph", place, text, null, words.ParagraphRemoved));
        }

        return changes;
    }

    private static string Key(PlanItem item) => item.Kind + ":" + (item.Id ?? item.Name ?? string.Empty);

    private static string Summary(PlanItem item) => item switch
    {
        Indicator { Value: { } v } => v.Display,
        Fact { Value: { } v } => v.Display,
        Zone z => string.Join("，", new[] { z.Area?.Display, z.MinScale?.Display }.OfType<string>()),
        MinScale { Value: { } v } => v.Display,
        _ => item.DisplayName,
    };

    /// <summary>What a changed field means: an area's delta, a raised minimum scale as a tightening of admission.</summary>
    private static string Remark(PlanItem before, PlanItem after, string field, DiffWords words)
    {
        if (field == words.Field(nameof(Zone.Area)) && before is Zone { Area: { } a } && after is Zone { Area: { } b } && Comparable(a, b))
        {
            var delta = b.BaseValue - a.BaseValue;
            return words.AreaDelta(delta > 0, Quantity.Format(Math.Abs(delta)));
        }

        var scales = (before, after) switch
        {
            (MinScale m, MinScale n) when field == words.Field(nameof(MinScale.Value)) => (m.Value, n.Value),
            (Zone y, Zone z) when field == words.Field(nameof(Zone.MinScale)) => (y.MinScale, z.MinScale),
            _ => (null, null),
        };
        if (scales is ({ } was, { } now) && Comparable(was, now))
        {
            return now.BaseValue > was.BaseValue ? words.Tightened : words.Loosened;
        }

        return words.Changed;
    }

    private static bool Comparable(Quantity a, Quantity b) =>
        a.Unit is { } u && b.Unit is { } v && u.IsCompatibleWith(v) && a.BaseValue != b.BaseValue;

    private static void Fields(string kind, string subject, IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after,
        List<PlanChange> changes, Func<string, string> remark, DiffWords words)
    {
        foreach (var name in before.Keys.Union(after.Keys).Order(StringComparer.Ordinal))
        {
            var was = before.GetValueOrDefault(name);
            var now = after.GetValueOrDefault(name);
            if (was != now)
            {
                changes.Add(new(kind, subject + " " + name, was, now, remark(name)));
            }
        }
    }

    /// <summary>Paragraph text as written (holes shown as {ref}) keyed by heading path and position.</summary>
    private static Dictionary<string, string> Paragraphs(Plan plan, Func<Plan, InterpolatedText, string>? fill, DiffWords words)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var chapter in plan.Document)
        {
            Walk(chapter, chapter.Title, result, text => fill?.Invoke(plan, text) ?? text.Source, words);
        }

        return result;
    }

    private static void Walk(Heading heading, string path, Dictionary<string, string> result, Func<InterpolatedText, string> read, DiffWords words)
    {
        var n = 0;
        foreach (var node in heading.Content)
        {
            switch (node)
            {
                case Paragraph p:
                    result[words.Paragraph(path, ++n)] = read(p.Text);
                    break;
                case Heading h:
                    Walk(h, path + " / " + h.Title, result, read, words);
                    break;
            }
        }
    }
}
