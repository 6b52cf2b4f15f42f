using System.Text;
using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Checking;
using MineralPlan.LanguageServer.Protocol;
using MineralPlan.Semantics.Minerals;
using MineralPlan.Semantics.Model;
using MineralPlan.Semantics.Schema;

namespace MineralPlan.LanguageServer.Features;

/// <summary>
/// hover: a finding under the cursor (its rule and the clause it enforces), an item (its fields with values in base
/// units, and the parent's item it carries or restates), a mineral (its catalog entry) or a keyword (both spellings).
/// </summary>
internal static class HoverInfo
{
    public static Hover? At(DocumentContext document, Position position, IReadOnlyList<IRule> rules)
    {
        var offset = document.Lines.Offset(position);
        var text = new StringBuilder();
        var en = document.Language == Language.En;
        foreach (var d in document.Checked?.Diagnostics.Where(d => document.FullPathOf(d.Span.File) == document.Path
            && offset >= d.Span.Offset && offset <= d.Span.Offset + d.Span.Length) ?? [])
        {
            var rule = rules.FirstOrDefault(r => r.Descriptor.Code == d.Code);
            text.Append("**").Append(d.Code).Append("** ").AppendLine(d.Descriptor.Title).AppendLine();
            if (rule is not null)
            {
                text.Append(en ? "Rule source: " : "规则依据：").AppendLine(rule.Source).AppendLine();
            }

            if (d.Derivation is { } derivation)
            {
                text.Append(en ? "Derivation: " : "推导：").AppendLine(derivation.Text).AppendLine();
            }
        }

        if (Navigation.At(document, position) is { } found)
        {
            Item(text, found.Target.Item, found.Target.Plan, document, en);
            return Answer(text);
        }

        var word = WordAt(document.Text, offset);
        if (word is { } w)
        {
            if (ShippedCatalog.Minerals.Find(w.Text) is { } mineral)
            {
                Mineral(text, mineral, en);
            }
            else if (Keyword(w.Text) is { } keyword)
            {
                text.Append('`').Append(keyword.Chinese).Append("` / `").Append(keyword.English).Append('`').AppendLine();
            }
        }

        return Answer(text);
    }

    private static Hover? Answer(StringBuilder text) => text.Length == 0 ? null : new Hover(new MarkupContent("markdown", text.ToString().TrimEnd()));

    private static void Item(StringBuilder text, PlanItem item, Plan plan, DocumentContext document, bool en)
    {
        var kind = Words.Blocks.Find(item.Kind)?.Chinese ?? item.Kind;
        text.Append("**").Append(en ? item.Kind : kind).Append("** ").Append(item.Id).Append(' ').AppendLine(item.Name);
        if (plan.Header.Id != document.Plan?.Header.Id)
        {
            text.AppendLine().Append(en ? "In the plan above: " : "上级规划：").Append(plan.Header.Title ?? plan.Header.Id)
                .Append(" (").Append(item.Span).AppendLine(")");
        }

        text.AppendLine().AppendLine("```").Append(ModelDump.Item(item)).AppendLine("```");
        // The parent's item this one carries (落实) or restates (对应), with its value, so the two can be compared here.
        // An item of a plan above resolves against that plan's own ancestors.
        var above = plan.Header.Id == document.Plan?.Header.Id ? document.Ancestors
            : [.. document.Ancestors.SkipWhile(a => a.Header.Id != plan.Header.Id).Skip(1)];
        foreach (var reference in new[] { item.GetType().GetProperty("Carries")?.GetValue(item), item.GetType().GetProperty("SameAs")?.GetValue(item) }.OfType<Reference>())
        {
            var target = Upstream.Resolve(above, reference.Parts) is { } up ? (up.Item, up.Plan)
                : plan.FindItem(reference.Text) is { } local ? (local, plan) : default((PlanItem, Plan)?);
            if (target is { } t)
            {
                text.AppendLine().Append(en ? "Refers to" : "对应").Append(' ').Append(t.Item2.Header.Id).Append('.').Append(t.Item1.Id)
                    .Append(" (").Append(t.Item1.Span).AppendLine(")").AppendLine("```").Append(ModelDump.Item(t.Item1)).AppendLine("```");
            }
        }
    }

    private static void Mineral(StringBuilder text, MineralEntry mineral, bool en)
    {
        text.Append("**").Append(mineral.Name).Append("** ").AppendLine(en ? "(mineral catalog)" : "（矿种目录）").AppendLine();
        if (!mineral.Aliases.IsDefaultOrEmpty)
        {
            text.Append(en ? "Aliases: " : "别名：").AppendLine(string.Join("、", mineral.Aliases)).AppendLine();
        }

        text.Append(en ? "Class: " : "矿类：").AppendLine(Spelled(Words.MineralClasses, mineral.MineralClass, en)).AppendLine();
        if (mineral.RegistrationClass is { } registration)
        {
            text.Append(en ? "Registration class: " : "登记类别：").Append(registration).AppendLine().AppendLine();
        }

        text.Append(en ? "Default measure: " : "默认计量：").AppendLine($"{Spelled(Words.Measures, mineral.DefaultMeasure, en)} {mineral.DefaultUnit}".TrimEnd()).AppendLine();
        text.Append(en ? "Source: " : "来源：").AppendLine(mineral.Source);
    }

    /// <summary>A catalog value in the reader's language: the catalog keeps the English word, a Chinese reader sees 金属, 矿石量.</summary>
    private static string Spelled(Vocabulary vocabulary, string? word, bool en) =>
        word is null ? "-" : en ? word : vocabulary.Find(word)?.Chinese ?? word;

    private static Keyword? Keyword(string word) =>
        new[] { Words.Blocks, Words.Properties }.Select(v => v.Find(word)).FirstOrDefault(k => k is not null);

    /// <summary>The run of letters, digits and _ around <paramref name="offset"/> (Chinese characters are letters).</summary>
    public static (string Text, int Start)? WordAt(string text, int offset)
    {
        static bool Part(char c) => char.IsLetterOrDigit(c) || c == '_';
        var start = Math.Clamp(offset, 0, text.Length);
        while (start > 0 && Part(text[start - 1]))
        {
            start--;
        }

        var end = Math.Clamp(offset, 0, text.Length);
        while (end < text.Length && Part(text[end]))
        {
            end++;
        }

        return end > start ? (text[start..end], start) : null;
    }
}
