using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Semantics.Diff;

namespace MineralPlan.Tests.Semantics;

/// <summary>
/// Every word a 修改对照表 prints, in both languages. Most rows of the document tests are Chinese; these pin the
/// English ones as well (the surviving string mutants of DiffWords, README "Mutation testing").
/// </summary>
public sealed class DiffWordsTests
{
    [Fact]
    public void Each_word_has_its_Chinese_and_its_English()
    {
        var zh = DiffWords.For(Language.Zh);
        var en = DiffWords.For(Language.En);
        Assert.False(zh.English);
        Assert.True(en.English);
        var pairs = new (string Zh, string En, string ExpectedZh, string ExpectedEn)[]
        {
            (zh.Added, en.Added, "新增", "added"),
            (zh.Removed, en.Removed, "删除", "removed"),
            (zh.Changed, en.Changed, "修改", "changed"),
            (zh.ParagraphAdded, en.ParagraphAdded, "新增段落", "paragraph added"),
            (zh.ParagraphChanged, en.ParagraphChanged, "修改段落", "paragraph changed"),
            (zh.ParagraphRemoved, en.ParagraphRemoved, "删除段落", "paragraph removed"),
            (zh.Tightened, en.Tightened, "准入收紧", "admission tightened"),
            (zh.Loosened, en.Loosened, "准入放宽", "admission loosened"),
            (zh.Header, en.Header, "规划", "plan header"),
            (zh.Yes, en.Yes, "是", "yes"),
            (zh.No, en.No, "否", "no"),
        };
        Assert.All(pairs, p =>
        {
            Assert.Equal(p.ExpectedZh, p.Zh);
            Assert.Equal(p.ExpectedEn, p.En);
        });
    }

    [Fact]
    public void Composed_phrases_put_the_plan_text_in_its_place()
    {
        Assert.Equal("面积增加 1.5 km²", DiffWords.Zh.AreaDelta(true, "1.5"));
        Assert.Equal("面积减少 0.2 km²", DiffWords.Zh.AreaDelta(false, "0.2"));
        Assert.Equal("area increased by 1.5 km²", DiffWords.En.AreaDelta(true, "1.5"));
        Assert.Equal("area decreased by 0.2 km²", DiffWords.En.AreaDelta(false, "0.2"));
        Assert.Equal("第一章 第3段", DiffWords.Zh.Paragraph("第一章", 3));
        Assert.Equal("第一章, paragraph 3", DiffWords.En.Paragraph("第一章", 3));
        Assert.Equal("组成（金属矿产）", DiffWords.Zh.Entry("组成", "金属矿产"));
        Assert.Equal("parts (金属矿产)", DiffWords.En.Entry("parts", "金属矿产"));
    }

    [Fact]
    public void Items_and_fields_are_named_by_their_DSL_keywords()
    {
        Assert.Equal("指标“铁矿”", DiffWords.Zh.Item("indicator", "铁矿"));
        Assert.Equal("indicator “铁矿”", DiffWords.En.Item("indicator", "铁矿"));
        Assert.Equal("widget“x”", DiffWords.Zh.Item("widget", "x"));
        Assert.Equal("widget “x”", DiffWords.En.Item("widget", "x"));
        Assert.Equal("最低规模", DiffWords.Zh.Field("MinScale"));
        Assert.Equal("min scale", DiffWords.En.Field("MinScale"));
        Assert.Equal("组成", DiffWords.Zh.Field("Parts"));
        Assert.Equal("NoSuchField", DiffWords.Zh.Field("NoSuchField"));
        Assert.Equal("NoSuchField", DiffWords.En.Field("NoSuchField"));
    }
}
