using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;
using MineralPlan.Semantics.Model;

namespace MineralPlan.Semantics.Diff;

/// <summary>
/// The fields of a model object as a 修改对照表 shows them: each under its DSL keyword in Chinese (值, 组成,
/// 其他属性 …) and written as the plan writes it (≤30个, [金属矿产 = 42处, …]), never as a dump of model types.
/// A list of labelled entries is broken into one field per label (组成（金属矿产）), so a change to one
/// entry is shown as that entry alone.
/// </summary>
public static class FieldDisplay
{
    public static IReadOnlyDictionary<string, string> Of(object value, DiffWords? words = null)
    {
        words ??= DiffWords.Zh;
        var fields = new SortedDictionary<string, string>(StringComparer.Ordinal);
        // The fields are sorted by their shown name, so the order reflection gives the properties in does not matter.
        // A record's EqualityContract is not public and a span shows as nothing, so neither needs leaving out here.
        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.Name is "DisplayName" or "Kind")
            {
                continue;
            }

            var name = words.Field(property.Name);
            switch (property.GetValue(value))
            {
                case null:
                    break;
                case IEnumerable list and not string when list.Cast<object?>().Select(Labelled).ToList() is { Count: > 0 } entries && entries.All(e => e is not null):
                    foreach (var (label, text) in entries.OfType<(string, string)>())
                    {
                        fields[words.Entry(name, label)] = text;
                    }

                    break;
                case var other when Text(other, words) is { Length: > 0 } text:
                    fields[name] = text;
                    break;
            }
        }

        return fields;
    }

    private static (string Label, string Text)? Labelled(object? item) => item switch
    {
        LabelledQuantity lq => (lq.Label, lq.Quantity.Display),
        KeyValuePair<string, string> kv => (kv.Key, kv.Value),
        _ => null,
    };

    private static string? Text(object? value, DiffWords words) => value switch
    {
        null => null,
        string s => s,
        decimal d => Quantity.Format(d),
        bool b => b ? words.Yes : words.No,
        int or long => Convert.ToString(value, CultureInfo.InvariantCulture),
        // A vocabulary word as the plan writes it: Chinese in the 修改对照表, the English word with --lang en.
        Enum e when Enumerations.Vocabulary(e.GetType()) is not null => words.English ? e.Word() : e.Chinese(),
        Enum e => e.ToString(),
        Quantity q => q.Display,
        LabelledQuantity lq => lq.Label + " = " + lq.Quantity.Display,
        Reference r => r.Text,
        MineralRef m => m.Written,
        InterpolatedText t => t.Source,
        // A table's columns and cells as the plan writes them ("名称" = 名称, a cell's text), not as records.
        TableColumn c => c.Field is null ? $"\"{c.Header}\"" : $"\"{c.Header}\" = {c.Field}",
        TableCell c => c.Template?.Source ?? c.Reference?.Text ?? c.Quantity?.Display ?? c.Text,
        Units.Unit u => u.Symbol,
        Abstractions.Diagnostics.SourceSpan => null,
        IEnumerable list => List(list, words),
        _ => Record(value, words),
    };

    private static string? List(IEnumerable list, DiffWords words)
    {
        var items = list.Cast<object?>().Select(i => Text(i, words)).OfType<string>().Where(t => t.Length > 0).ToList();
        return items.Count == 0 ? null : "[" + string.Join(words.English ? ", " : "，", items) + "]";
    }

    /// <summary>A nested record (a boundary, a table column) as its own fields in Chinese: 名称：x；面积：y.</summary>
    private static string Record(object value, DiffWords words)
    {
        var parts = new StringBuilder();
        foreach (var (name, text) in Of(value, words))
        {
            parts.Append(parts.Length > 0 ? (words.English ? "; " : "；") : string.Empty).Append(name).Append(words.English ? ": " : "：").Append(text);
        }

        // An empty record gives "", which every caller leaves out as it does an empty text.
        return parts.ToString();
    }
}
