using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;
using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Semantics.Units;

namespace MineralPlan.Semantics.Model;

/// <summary>
/// A stable text dump of a plan model without source positions: the model baselines, and the
/// yardstick for "formatting never changes the model".
/// </summary>
public static class ModelDump
{
    public static string Write(Plan plan)
    {
        var builder = new StringBuilder();
        Node(builder, "header", plan.Header, 0);
        Node(builder, "notice", plan.Notice, 0);
        foreach (var item in plan.Items)
        {
            Node(builder, item.Kind + (item.Id is null ? string.Empty : " " + item.Id), item, 0);
        }

        foreach (var chapter in plan.Document)
        {
            Node(builder, "chapter", chapter, 0);
        }

        return builder.ToString();
    }

    /// <summary>One item's fields, as in the model baselines (an editor's hover shows it).</summary>
    public static string Item(PlanItem item)
    {
        var builder = new StringBuilder();
        Node(builder, item.Kind + (item.Id is null ? string.Empty : " " + item.Id), item, 0);
        return builder.ToString();
    }

    private static void Node(StringBuilder builder, string name, object? value, int depth)
    {
        var indent = new string(' ', depth * 2);
        switch (value)
        {
            case null:
                return;
            case string s:
                builder.Append(indent).Append(name).Append(": ").AppendLine(Quote(s));
                return;
            case decimal d:
                builder.Append(indent).Append(name).Append(": ").AppendLine(d.ToString(CultureInfo.InvariantCulture));
                return;
            case Enum word when Enumerations.Vocabulary(word.GetType()) is not null:
                // A vocabulary word prints as the word the plan's model has always dumped.
                builder.Append(indent).Append(name).Append(": ").AppendLine(Quote(word.Word()));
                return;
            case bool or int or Enum:
                builder.Append(indent).Append(name).Append(": ").AppendLine(Convert.ToString(value, CultureInfo.InvariantCulture));
                return;
            case SourceSpan:
                return;
            case Unit u:
                builder.Append(indent).Append(name).Append(": ").Append(u.Symbol).Append(" (").Append(u.Dimension)
                    .Append(" x").Append(u.Factor.ToString(CultureInfo.InvariantCulture)).AppendLine(u.Per switch { RatePeriod.Year => " per year)", RatePeriod.Day => " per day)", RatePeriod.Hour => " per hour)", _ => ")" });
                return;
            case Quantity q:
                builder.Append(indent).Append(name).Append(": ").Append(q.Comparator).Append(' ').Append(q.NumberText)
                    .Append(' ').Append(q.UnitText ?? "-").Append(q.Unit is null ? string.Empty : " = " + Quantity.Format(q.BaseValue) + " base")
                    .AppendLine();
                return;
            case Reference r:
                builder.Append(indent).Append(name).Append(": ->").AppendLine(r.Text);
                return;
            case MineralRef m:
                builder.Append(indent).Append(name).Append(": ").Append(m.Written).AppendLine(m.Entry is null ? " (unknown)" : " = " + m.Entry.Name);
                return;
            case InterpolatedText t:
                builder.Append(indent).Append(name).Append(": ").AppendLine(Quote(t.Source));
                return;
            case KeyValuePair<string, string> kv:
                builder.Append(indent).Append(name).Append(": ").Append(kv.Key).Append(" = ").AppendLine(Quote(kv.Value));
                return;
            case IEnumerable list:
                var items = list.Cast<object?>().ToList();
                if (items.Count == 0)
                {
                    return;
                }

                builder.Append(indent).Append(name).AppendLine(":");
                foreach (var item in items)
                {
                    Node(builder, "-", item, depth + 1);
                }

                return;
        }

        builder.Append(indent).Append(name).Append(" (").Append(value.GetType().Name).AppendLine(")");
        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).OrderBy(p => p.MetadataToken))
        {
            if (property.GetIndexParameters().Length > 0 || property.Name is "EqualityContract" or "DisplayName")
            {
                continue;
            }

            Node(builder, property.Name, property.GetValue(value), depth + 1);
        }
    }

    private static string Quote(string s) => "\"" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal) + "\"";
}
