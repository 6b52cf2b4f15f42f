using System.Collections.Immutable;
using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Semantics.Binding;
using MineralPlan.Semantics.Model;

namespace MineralPlan.Checking.Rules.TextTables;

/// <summary>
/// Where a plan states its targets (指标): in the text (a paragraph that interpolates the indicator, <c>{new_iron}</c>)
/// and in its targets tables (a 专栏/表 whose rows come from 指标, 专栏一 and the like). The three text-versus-table
/// rules (MP2019–MP2021) read the plan through this, built once per check.
/// </summary>
internal sealed class TargetStatements
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Plan, TargetStatements> Cache = [];

    private TargetStatements(Plan plan)
    {
        // By identity: an indicator record's own equality compares every field, twice per lookup.
        var text = new Dictionary<Indicator, Reference>(ReferenceEqualityComparer.Instance);
        foreach (var paragraph in ReferenceChecker.Paragraphs(plan.Document))
        {
            foreach (var hole in paragraph.Text.Pieces.OfType<TextHole>())
            {
                if (hole.Reference.Parts.Length > 0 && plan.FindItem(hole.Reference.Parts[0]) is Indicator indicator)
                {
                    text.TryAdd(indicator, hole.Reference);
                }
            }
        }

        InText = text;
        var tables = new List<TableRow>();
        foreach (var table in plan.OfType<PlanTable>().Where(t => t.Source == "indicators"))
        {
            if (table.Selection.IsEmpty)
            {
                tables.AddRange(plan.OfType<Indicator>().Select(i => new TableRow(table, i, table.Span)));
                continue;
            }

            foreach (var reference in table.Selection)
            {
                if (plan.FindItem(reference.Text) is Indicator indicator)
                {
                    tables.Add(new TableRow(table, indicator, reference.Span));
                }
            }
        }

        InTables = [.. tables];
        Tables = [.. tables.Select(t => t.Table).Distinct(ReferenceEqualityComparer.Instance).Cast<PlanTable>()];
    }

    /// <summary>Indicators the text interpolates, each with its first mention (the hole's reference).</summary>
    public IReadOnlyDictionary<Indicator, Reference> InText { get; }

    /// <summary>The rows of the targets tables: the table, the indicator shown and the place it is listed.</summary>
    public ImmutableArray<TableRow> InTables { get; }

    public ImmutableArray<PlanTable> Tables { get; }

    public static TargetStatements Of(Plan plan) => Cache.GetValue(plan, p => new TargetStatements(p));

    public bool IsInTable(Indicator indicator) => InTables.Any(t => ReferenceEquals(t.Indicator, indicator));

    /// <summary>
    /// The table row that states the same target as a text-only indicator: the one it names with 对应, else one of the
    /// same mineral, the same 口径 and a unit of the same kind (新增玄武岩 800 万吨 as text against a 玄武岩 row), else —
    /// for a target with no mineral — one of the same name once a trailing (正文) is dropped.
    /// </summary>
    public Indicator? Twin(Plan plan, Indicator textItem)
    {
        if (textItem.SameAs is { } sameAs)
        {
            return plan.FindItem(sameAs.Text) as Indicator;
        }

        foreach (var (_, row, _) in InTables)
        {
            if (ReferenceEquals(row, textItem))
            {
                continue;
            }

            var sameTarget = textItem.Minerals.Length > 0
                ? row.Minerals.Length == textItem.Minerals.Length
                    && row.Minerals.Select(m => m.Key).Order(StringComparer.Ordinal).SequenceEqual(textItem.Minerals.Select(m => m.Key).Order(StringComparer.Ordinal), StringComparer.Ordinal)
                    && row.Basis == textItem.Basis
                    && row.Value?.Unit is { } a && textItem.Value?.Unit is { } b && a.IsCompatibleWith(b)
                : row.Minerals.IsEmpty && CoreName(row.DisplayName) == CoreName(textItem.DisplayName) && row.Basis == textItem.Basis;
            if (sameTarget)
            {
                return row;
            }
        }

        return null;
    }

    private static string CoreName(string name) =>
        name.Replace("（正文）", string.Empty, StringComparison.Ordinal).Replace("(正文)", string.Empty, StringComparison.Ordinal).Trim();
}

/// <summary>A row of a targets table: the table, the indicator it shows and where the table lists it. A class for the
/// reason <see cref="TextPlace"/> is one.</summary>
internal sealed record TableRow(PlanTable Table, Indicator Indicator, SourceSpan Row);
