using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Semantics.Diff;
using MineralPlan.Semantics.Model;

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
        Kind: "zone", DisplayName: "甲区", Span: default);

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

    private sealed record Sample(
        string Name, string? Note, decimal Ratio, bool Binding, int Count, PlanLevel Level, DayOfWeek Day,
        IReadOnlyList<KeyValuePair<string, string>> Attributes, IReadOnlyList<string> Tags, IReadOnlyList<string> Empty, Nested Inner,
        string Kind, string DisplayName, SourceSpan Span)
    {
        public string this[int i] => Name;
    }

    private sealed record Nested(string Name, bool Binding);
}
