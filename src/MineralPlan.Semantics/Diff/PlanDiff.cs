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
    public static IReadOnlyList<PlanChange> Compare(Plan before, Plan after, Func<Plan, InterpolatedText, string>? fill = null)
    {
        var changes = new List<PlanChange>();
        Fields("header", "规划", FieldDisplay.Of(before.Header), FieldDisplay.Of(after.Header), changes, null);

        var old = before.Items.GroupBy(Key).ToDictionary(g => g.Key, g => g.First());
        var @new = after.Items.GroupBy(Key).ToDictionary(g => g.Key, g => g.First());
        foreach (var item in after.Items.Where(i => !old.ContainsKey(Key(i))))
        {
            changes.Add(new("added", Describe(item), null, Summary(item), "新增"));
        }

        foreach (var item in before.Items.Where(i => !@new.ContainsKey(Key(i))))
        {
            changes.Add(new("removed", Describe(item), Summary(item), null, "删除"));
        }

        foreach (var item in before.Items.Where(i => @new.ContainsKey(Key(i))))
        {
            var now = @new[Key(item)];
            Fields(item.Kind, Describe(item), FieldDisplay.Of(item), FieldDisplay.Of(now), changes, Remark(item, now));
        }

        var oldText = Paragraphs(before, fill);
        var newText = Paragraphs(after, fill);
        foreach (var (place, text) in newText)
        {
            if (!oldText.TryGetValue(place, out var was))
            {
                changes.Add(new("paragraph", place, null, text, "新增段落"));
            }
            else if (was != text)
            {
                changes.Add(new("paragraph", place, was, text, "修改段落") { Marked = PlanChange.Mark(was, text) });
            }
        }

        foreach (var (place, text) in oldText.Where(p => !newText.ContainsKey(p.Key)))
        {
            changes.Add(new("paragraph", place, text, null, "删除段落"));
        }

        return changes;
    }

    private static string Key(PlanItem item) => item.Kind + ":" + (item.Id ?? item.Name ?? string.Empty);

    private static string Describe(PlanItem item) =>
        (Schema.Words.Blocks.Find(item.Kind)?.Chinese ?? item.Kind) + "“" + item.DisplayName + "”";

    private static string Summary(PlanItem item) => item switch
    {
        Indicator { Value: { } v } => v.Display,
        Fact { Value: { } v } => v.Display,
        Zone z => string.Join("，", new[] { z.Area?.Display, z.MinScale?.Display }.OfType<string>()),
        MinScale { Value: { } v } => v.Display,
        _ => item.DisplayName,
    };

    private static string Remark(PlanItem before, PlanItem after)
    {
        if (before is Zone { Area: { Unit: { } u } a } && after is Zone { Area: { Unit: { } v } b } && u.IsCompatibleWith(v) && a.BaseValue != b.BaseValue)
        {
            var delta = b.BaseValue - a.BaseValue;
            return $"面积{(delta > 0 ? "增加" : "减少")} {Quantity.Format(Math.Abs(delta))} km²";
        }

        if (before is MinScale { Value: { Unit: { } mu } m } && after is MinScale { Value: { Unit: { } nu } n } && mu.IsCompatibleWith(nu) && m.BaseValue != n.BaseValue)
        {
            return n.BaseValue > m.BaseValue ? "准入收紧" : "准入放宽";
        }

        return "修改";
    }

    private static void Fields(string kind, string subject, IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after,
        List<PlanChange> changes, string? remark)
    {
        foreach (var name in before.Keys.Union(after.Keys).Order(StringComparer.Ordinal))
        {
            var was = before.GetValueOrDefault(name);
            var now = after.GetValueOrDefault(name);
            if (was != now)
            {
                changes.Add(new(kind, subject + " " + name, was, now, remark ?? "修改"));
            }
        }
    }

    /// <summary>Paragraph text as written (holes shown as {ref}) keyed by heading path and position.</summary>
    private static Dictionary<string, string> Paragraphs(Plan plan, Func<Plan, InterpolatedText, string>? fill)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var chapter in plan.Document)
        {
            Walk(chapter, chapter.Title, result, text => fill?.Invoke(plan, text) ?? text.Source);
        }

        return result;
    }

    private static void Walk(Heading heading, string path, Dictionary<string, string> result, Func<InterpolatedText, string> read)
    {
        var n = 0;
        foreach (var node in heading.Content)
        {
            switch (node)
            {
                case Paragraph p:
                    result[$"{path} 第{++n}段"] = read(p.Text);
                    break;
                case Heading h:
                    Walk(h, path + " / " + h.Title, result, read);
                    break;
            }
        }
    }
}
