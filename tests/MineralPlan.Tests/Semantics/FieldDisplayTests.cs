using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Semantics.Diff;
using MineralPlan.Semantics.Model;
using MineralPlan.Syntax.Tree;

namespace MineralPlan.Tests.Semantics;

/// <summary>
/// Which fields of a model object a 修改对照表 shows, under which keyword and written how, in both languages (the
/// surviving mutants of FieldDisplay, README "Mutation testing"). The sample record has one property of each shape.
/// </summary>
public sealed class FieldDisplayTests
{
    private static readonly Sample Value = new(
        Name: "甲区", Note: null, Ratio: 1.50m, Binding: true, Count: 7, Level: PlanLevel.City, Day: DayOfWeek.Monday,
        Attributes: [new("面积", "3 km2"), new("编号", "K1")], Tags: ["铁矿", "金矿"], Empty: [], Inner: new Nested("乙区", false),
        Kind: "zone", DisplayName: "甲区（显示名）", Span: default);

    [Fact]
    public void Each_field_is_shown_under_its_keyword_as_the_plan_writes_it()
    {
        var zh = FieldDisplay.Of(Value, DiffWords.Zh);
        Assert.Equal("甲区", zh["名称"]);
        Assert.Equal("1.5", zh["比值"]);
        Assert.Equal("是", zh["Binding"]);
        Assert.Equal("7", zh["Count"]);
        Assert.Equal("市级", zh["级别"]);
        Assert.Equal("Monday", zh["Day"]);
        Assert.Equal("3 km2", zh["其他属性（面积）"]);
        Assert.Equal("K1", zh["其他属性（编号）"]);
        Assert.Equal("[铁矿，金矿]", zh["Tags"]);
        Assert.Equal("Binding：否；名称：乙区", zh["Inner"]);
    }

    [Fact]
    public void English_keeps_the_plan_text_and_translates_the_words()
    {
        var en = FieldDisplay.Of(Value, DiffWords.En);
        Assert.Equal("甲区", en["name"]);
        Assert.Equal("yes", en["Binding"]);
        Assert.Equal("city", en["level"]);
        Assert.Equal("3 km2", en["attributes (面积)"]);
        Assert.Equal("1.5", en["ratio"]);
        Assert.Equal("[铁矿, 金矿]", en["Tags"]);
        Assert.Equal("Binding: no; name: 乙区", en["Inner"]);
    }

    [Fact]
    public void What_is_empty_or_is_the_items_identity_is_left_out()
    {
        var keys = FieldDisplay.Of(Value).Keys.ToList();
        Assert.DoesNotContain("Note", keys);
        Assert.DoesNotContain("备注", keys);
        Assert.DoesNotContain("Empty", keys);
        Assert.DoesNotContain(keys, k => k is "Kind" or "DisplayName" or "Span" or "类型");
        Assert.Equal(keys.Order(StringComparer.Ordinal), keys);
        Assert.Equal(10, keys.Count);
    }

    [Fact]
    public void A_table_column_shows_its_header_and_the_field_it_takes()
    {
        var shown = FieldDisplay.Of(new Holder(new[] { new TableColumn("序号", "序号", default), new TableColumn("备注", null, default) }));
        Assert.Equal("[\"序号\" = 序号，\"备注\"]", shown["Things"]);
    }

    [Fact]
    public void A_table_cell_shows_its_template_then_its_reference_then_its_quantity_then_its_text()
    {
        var reference = new Reference(["mines", "大型"], default);
        var quantity = new Quantity(30m, "30", Comparator.LessOrEqual, null, "万吨", default);
        var template = new InterpolatedText([new TextLiteral("共"), new TextHole(reference), new TextLiteral("个")], default);
        var cells = new Holder(new[]
        {
            new TableCell("共{mines.大型}个", quantity, reference, default) { Template = template },
            new TableCell("文字", quantity, reference, default),
            new TableCell("文字", quantity, null, default),
            new TableCell("文字", null, null, default),
            new TableCell(null, null, reference, default),
        });
        Assert.Equal("[共{mines.大型}个，mines.大型，≤30万吨，文字，mines.大型]", FieldDisplay.Of(cells)["Things"]);
    }

    [Fact]
    public void A_list_is_broken_into_labelled_fields_only_when_every_entry_has_a_label()
    {
        var quantity = new Quantity(42m, "42", Comparator.Equal, null, "处", default);
        var mixed = FieldDisplay.Of(new Holder(new object[] { new LabelledQuantity("金属矿产", quantity, default), "其他" }));
        Assert.Equal("[金属矿产 = 42处，其他]", Assert.Single(mixed).Value);
        var labelled = FieldDisplay.Of(new Holder(new[] { new LabelledQuantity("金属矿产", quantity, default) }));
        Assert.Equal("42处", labelled["Things（金属矿产）"]);
    }

    [Fact]
    public void An_empty_entry_of_a_list_is_left_out_and_an_empty_record_is_not_shown()
    {
        Assert.Equal("[铁矿，金矿]", FieldDisplay.Of(new Holder(new[] { "", "铁矿", "", "金矿" }))["Things"]);
        Assert.Equal("[铁矿]", FieldDisplay.Of(new Holder(new object[] { new Holder(null!), "铁矿" }))["Things"]);
        Assert.Empty(FieldDisplay.Of(new Holder(new Holder(null!))));
    }

    [Fact]
    public void An_item_is_named_by_its_kind_in_the_table_language_whichever_spelling_the_model_gives()
    {
        Assert.Equal("indicator “铁矿”", DiffWords.En.Item("指标", "铁矿"));
        Assert.Equal("指标“铁矿”", DiffWords.Zh.Item("indicator", "铁矿"));
        Assert.Equal("widget “铁矿”", DiffWords.En.Item("widget", "铁矿"));
    }

    private sealed record Holder(object Things);

    private sealed record Sample(
        string Name, string? Note, decimal Ratio, bool Binding, int Count, PlanLevel Level, DayOfWeek Day,
        IReadOnlyList<KeyValuePair<string, string>> Attributes, IReadOnlyList<string> Tags, IReadOnlyList<string> Empty, Nested Inner,
        string Kind, string DisplayName, SourceSpan Span)
    {
        public string this[int i] => Name;
    }

    private sealed record Nested(string Name, bool Binding);
}
