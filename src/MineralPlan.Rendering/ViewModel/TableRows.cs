using System.Collections.Immutable;
using MineralPlan.Semantics.Binding;
using MineralPlan.Semantics.Model;
using MineralPlan.Semantics.Schema;

namespace MineralPlan.Rendering.ViewModel;

/// <summary>Computes a table's header and rows: literal rows with references filled, or rows drawn from the plan's data.</summary>
internal static class TableRows
{
    /// <param name="Header">One text per column (the flat form: Excel sheets, tests).</param>
    /// <param name="Grid">The same table as the document prints it, with merged cells.</param>
    public sealed record Content(ImmutableArray<string> Header, ImmutableArray<ImmutableArray<string>> Rows, TableGrid Grid);

    public static Content Build(Plan plan, PlanTable table)
    {
        if (table.Source is null)
        {
            var header = table.Columns.Select(c => c.Header).ToImmutableArray();
            var rows = table.Rows.Select(r => r.Select(c => Cell(plan, c)).ToImmutableArray()).ToImmutableArray();
            return new(header, rows, TableGrid.Plain(header, rows));
        }

        var items = Items(plan, table).ToList();
        if (table.Source == "indicators" && table.Columns.All(c => c.Field is null))
        {
            return IndicatorLayout(table, items.OfType<Indicator>().ToList());
        }

        var columns = table.Columns;
        var dataRows = items.Select((item, i) => columns.Select(c => Field(item, c.Field ?? c.Header, i + 1)).ToImmutableArray()).ToImmutableArray();
        ImmutableArray<string> dataHeader = [.. columns.Select(c => c.Header)];
        return new(dataHeader, dataRows, TableGrid.Plain(dataHeader, dataRows));
    }

    private static IEnumerable<PlanItem> Items(Plan plan, PlanTable table) =>
        table.Selection.IsEmpty ? All(plan, table) : table.Selection.Select(r => plan.FindItem(r.Text)).OfType<PlanItem>();

    private static IEnumerable<PlanItem> All(Plan plan, PlanTable table) => table.Source switch
    {
        "indicators" => plan.OfType<Indicator>(),
        "zones" => plan.OfType<Zone>().Where(z => table.SourceKind is null || z.ZoneKind?.Word() == table.SourceKind),
        "blocks" => plan.OfType<PlanningBlock>().Where(b => table.SourceKind is null || b.BlockKind?.Word() == table.SourceKind),
        "projects" => plan.OfType<Project>(),
        "min_scales" => plan.OfType<MinScale>(),
        "counts" => plan.OfType<DeclaredCount>(),
        _ => [],
    };

    /// <summary>专栏一's layout: 类别 · 指标名称 (group, then name) · 单位 · 指标值 · 属性.</summary>
    private static Content IndicatorLayout(PlanTable table, List<Indicator> indicators)
    {
        var header = table.Columns.Length > 0
            ? table.Columns.Select(c => c.Header).ToImmutableArray()
            : ["类别", "指标名称", "指标单位", "指标值", "指标属性"];
        var rows = indicators.Select(i => ImmutableArray.Create(
            i.Category ?? string.Empty,
            i.Group is null ? i.DisplayName : i.Group + " " + i.DisplayName,
            i.UnitText ?? i.Value?.UnitText ?? string.Empty,
            i.Value?.NumberDisplay ?? string.Empty,
            Chinese(Words.Attributes, i.Attribute))).ToImmutableArray();
        return new(header, rows, header.Length == 5 ? IndicatorGrid(header, indicators, rows) : TableGrid.Plain(header, rows));
    }

    /// <summary>
    /// As the seeds print 专栏一: 指标名称 spans two columns (the group, e.g. 新增资源储量, and the
    /// indicator under it, e.g. 铁矿); a category and a group are merged down over their rows; an
    /// indicator without a group spans both name columns.
    /// </summary>
    private static TableGrid IndicatorGrid(ImmutableArray<string> header, List<Indicator> indicators, ImmutableArray<ImmutableArray<string>> rows)
    {
        GridSlot[] head = [GridSlot.Of(header[0]), GridSlot.Of(header[1]), GridSlot.Left, GridSlot.Of(header[2]), GridSlot.Of(header[3]), GridSlot.Of(header[4])];
        var body = new List<GridSlot[]>();
        for (var n = 0; n < indicators.Count; n++)
        {
            var i = indicators[n];
            var previous = n > 0 ? indicators[n - 1] : null;
            var category = i.Category ?? string.Empty;
            var sameCategory = previous is not null && category.Length > 0 && (previous.Category ?? string.Empty) == category;
            var sameGroup = sameCategory && i.Group is not null && previous?.Group == i.Group;
            var (group, name) = i.Group is null
                ? (GridSlot.Of(i.DisplayName), GridSlot.Left)
                : (sameGroup ? GridSlot.Above : GridSlot.Of(i.Group), GridSlot.Of(i.DisplayName));
            body.Add([sameCategory ? GridSlot.Above : GridSlot.Of(category), group, name, GridSlot.Of(rows[n][2]), GridSlot.Of(rows[n][3]), GridSlot.Of(rows[n][4])]);
        }

        return TableGrid.FromSlots([head], body);
    }

    public static string Field(PlanItem item, string field, int index)
    {
        var key = Words.Properties.Canonical(field) ?? field;
        return key switch
        {
            "index" or "序号" => index.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "name" => item.DisplayName,
            "minerals" => string.Join("、", item.Minerals.Select(m => m.Written)),
            "note" => item.Note ?? string.Empty,
            "area" => Number(item switch { Zone z => z.Area, PlanningBlock b => b.Area, _ => null }),
            "rights" => Number((item as Zone)?.Rights),
            "existing_rights" => Number((item as Zone)?.ExistingRights),
            "min_scale" => Number((item as Zone)?.MinScale),
            "level" => Chinese(Words.Levels, item switch { Zone z => z.Level, PlanningBlock b => b.Level, Project p => p.Level, _ => (PlanLevel?)null }),
            "county" => item switch { Zone z => z.County, PlanningBlock b => b.County, _ => null } ?? string.Empty,
            "location" => item switch { Zone z => z.Location, PlanningBlock b => b.Location, _ => null } ?? string.Empty,
            "code" => item switch { Zone z => z.Code, PlanningBlock b => b.Code, _ => null } ?? string.Empty,
            "region" => (item as Project)?.Region ?? string.Empty,
            "value" => Number(item switch { Indicator i => i.Value, Fact f => f.Value, MinScale m => m.Value, Quota q => q.Value, _ => null }),
            "kind" => item switch
            {
                Zone z => Chinese(Words.ZoneKinds, z.ZoneKind),
                PlanningBlock b => Chinese(Words.BlockKinds, b.BlockKind),
                Project p => p.ProjectKind ?? string.Empty,
                _ => string.Empty,
            },
            _ => item.Attributes.FirstOrDefault(a => a.Key == field).Value ?? string.Empty,
        };
    }

    private static string Number(Quantity? q) => q?.NumberDisplay ?? string.Empty;

    public static string Chinese(Vocabulary vocabulary, string? canonical) =>
        canonical is null ? string.Empty : vocabulary.Find(canonical)?.Chinese ?? canonical;

    public static string Chinese(Vocabulary vocabulary, Enum? word) => Chinese(vocabulary, word?.Word());

    private static string Cell(Plan plan, TableCell cell) =>
        (cell.Template is { } template ? DocumentViewBuilder.Fill(plan, template, numbersOnly: true) : null) ?? cell.Text ?? cell.Quantity?.NumberDisplay ?? (cell.Reference is { } r ? ValueLookup.Lookup(plan, r) is { Found: true } f ? CellText(f) : r.Text : string.Empty);

    // A referenced quantity shows its number only: the unit is in the column header.
    private static string CellText(LookupResult result) => result.Quantity?.NumberDisplay ?? result.Text ?? string.Empty;
}
