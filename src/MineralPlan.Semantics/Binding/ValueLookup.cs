using System.Collections.Immutable;
using MineralPlan.Semantics.Model;

namespace MineralPlan.Semantics.Binding;

/// <summary>The result of looking a reference up: a quantity, a text, or why it failed.</summary>
public sealed record LookupResult(PlanItem? Item, Quantity? Quantity, string? Text, string? MissingField)
{
    public bool Found => Quantity is not null || Text is not null;

    /// <summary>What an interpolation hole prints.</summary>
    public string Display => Quantity?.Display ?? Text ?? string.Empty;
}

/// <summary>
/// Resolves <c>id</c>, <c>id.field</c> and <c>id.label</c> against one plan. Used by the binder to
/// report unresolved references and by the renderer to fill holes, so both agree.
/// </summary>
public static class ValueLookup
{
    /// <summary>
    /// The header's values by their keywords, so a text states the plan's years through the header instead of
    /// repeating them: {基期}, {展望}, {规划期} (2021-2025), {规划期.起}/{规划期.止} (from/to), {行政区}, {标题}, in either
    /// language. An item with the same id wins.
    /// </summary>
    private static string? Header(PlanHeader header, IReadOnlyList<string> parts)
    {
        static string? Year(int? year) => year?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var key = Schema.Words.Properties.Canonical(parts[0]);
        return (key, parts.Count > 1 ? parts[1] : null) switch
        {
            ("base_year", null) => Year(header.BaseYear),
            ("outlook", null) => Year(header.Outlook),
            ("period", null) when header.PeriodFrom is { } f && header.PeriodTo is { } t => Year(f) + "-" + Year(t),
            ("period", "起" or "from") => Year(header.PeriodFrom),
            ("period", "止" or "to") => Year(header.PeriodTo),
            ("region", null) => header.Region,
            ("title", null) => header.Title,
            _ => null,
        };
    }

    public static LookupResult Lookup(Plan plan, Reference reference)
    {
        var item = plan.FindItem(reference.Parts[0]);
        if (item is null)
        {
            return Header(plan.Header, reference.Parts) is { } text ? new LookupResult(null, null, text, null) : new LookupResult(null, null, null, null);
        }

        var rest = reference.Parts.Skip(1).ToArray();
        if (rest.Length == 0)
        {
            return item switch
            {
                Indicator { Value: { } v } => new(item, v, null, null),
                Fact { Value: { } v } => new(item, v, null, null),
                Quota { Value: { } v } => new(item, v, null, null),
                MinScale { Value: { } v } => new(item, v, null, null),
                DeclaredCount { Total: { } v } => new(item, v, null, null),
                Zone { Area: { } v } => new(item, v, null, null),
                _ => new(item, null, item.DisplayName, null),
            };
        }

        var field = rest[0];
        var whole = Lookup(plan, new Reference([reference.Parts[0]], reference.Span));
        LookupResult Missing() => new(item, null, null, string.Join(".", rest));
        switch (field)
        {
            case "name" or "名称":
                return new(item, null, item.DisplayName, null);
            case "value" or "值" when whole.Quantity is { } q:
                return new(item, null, q.NumberText, null);
            case "unit" or "单位" when whole.Quantity is { } q:
                return new(item, null, q.UnitText ?? string.Empty, null);
        }

        // A count's breakdown may be named before its label ({n.按级别.省级}); otherwise the label is the field.
        var breakdown = item is DeclaredCount count ? field switch
        {
            "by_level" or "按级别" => count.ByLevel,
            "by_class" or "按矿类" => count.ByClass,
            "by_region" or "按行政区" => count.ByRegion,
            _ => (ImmutableArray<LabelledQuantity>?)null,
        } : null;
        var labelled = breakdown ?? item switch
        {
            Fact f => f.Parts,
            Indicator i => i.Allocation,
            Quota q => q.Allocation,
            DeclaredCount c => [.. c.ByLevel, .. c.ByClass, .. c.ByRegion],
            _ => [],
        };
        var named = breakdown is null ? 1 : 2;
        var label = rest.Length >= named ? rest[named - 1] : string.Empty;
        if (field is "total" or "总数" && item is DeclaredCount { Total: { } t })
        {
            return new(item, t, null, null);
        }

        if (field is "approx" or "约合")
        {
            return item is MinScale { Approx: { } approx } ? new(item, approx, null, null) : Missing();
        }

        if (item is Zone zone && field is "rights" or "投放数量" or "existing_rights" or "现有矿业权" or "min_scale" or "最低规模")
        {
            var q = field is "rights" or "投放数量" ? zone.Rights : field is "min_scale" or "最低规模" ? zone.MinScale : zone.ExistingRights;
            return q is null ? Missing() : new(item, q, null, null);
        }

        if (field is "area" or "面积")
        {
            var area = item switch { Zone z => z.Area, PlanningBlock b => b.Area, _ => null };
            return area is null ? Missing() : new(item, area, null, null);
        }

        var part = labelled.FirstOrDefault(p => p.Label == label);
        if (part is null)
        {
            // 其他属性: extra attributes a table shows, as text.
            return rest.Length == 1 && item.Attributes.FirstOrDefault(a => a.Key == field) is { Key: not null } attribute
                ? new(item, null, attribute.Value, null)
                : Missing();
        }

        // After the label only the number itself may be asked for ({m.大中型.值}); anything else is no field.
        return rest.Length == named ? new(item, part.Quantity, null, null)
            : rest.Length == named + 1 && rest[^1] is "value" or "值" ? new(item, null, part.Quantity.NumberText, null)
            : Missing();
    }
}
