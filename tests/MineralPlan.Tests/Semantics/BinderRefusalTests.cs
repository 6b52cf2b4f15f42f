using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.Semantics;

/// <summary>
/// Each way the binder refuses a value: the code, where it points, and the message's words that tell the writer what
/// to put instead. The valid neighbours of each refusal (the edges of a year, a range, a label shape) are in
/// <see cref="BinderAcceptanceTests"/>.
/// </summary>
public sealed class BinderRefusalTests
{
    [Theory]
    // A year: a whole number from 1900 to 2200, without a unit.
    [InlineData("现状 a { 年份: 1899 }", "MP1004", 2, 12, "'年份' expects a year such as 2020")]
    [InlineData("现状 a { 年份: 2201 }", "MP1004", 2, 12, "'年份' expects a year such as 2020")]
    [InlineData("现状 a { 年份: 2020.5 }", "MP1004", 2, 12, "'年份' expects a year such as 2020")]
    [InlineData("现状 a { 年份: 2020 个 }", "MP1004", 2, 12, "'年份' expects a year such as 2020")]
    // A range of years: both ends years, the first not after the second.
    [InlineData("规划 p { 标题: \"x\" 级别: 县级 规划期: 2025..2021 }", "MP1004", 1, 28, "'规划期' expects a range of years such as 2021..2025")]
    [InlineData("规划 p { 标题: \"x\" 级别: 县级 规划期: 1899..2025 }", "MP1004", 1, 28, "'规划期' expects a range of years")]
    [InlineData("规划 p { 标题: \"x\" 级别: 县级 规划期: 2021..2201 }", "MP1004", 1, 28, "'规划期' expects a range of years")]
    [InlineData("规划 p { 标题: \"x\" 级别: 县级 规划期: 2021.5..2025 }", "MP1004", 1, 28, "'规划期' expects a range of years")]
    [InlineData("规划 p { 标题: \"x\" 级别: 县级 规划期: 2021 }", "MP1004", 1, 28, "'规划期' expects a range of years")]
    // Text: a quoted string, a bare name or a plain number; not a quantity with a unit or a comparator, not a path.
    [InlineData("指标 a { 类别: 3 万吨 }", "MP1004", 2, 12, "'类别' expects text; write it")]
    [InlineData("指标 a { 类别: <3 }", "MP1004", 2, 12, "'类别' expects text; write it")]
    [InlineData("指标 a { 类别: x.y }", "MP1004", 2, 12, "'类别' expects text; write it")]
    // A quantity: a number, not text.
    [InlineData("指标 a { 值: \"三百\" }", "MP1004", 2, 11, "'值' expects a number with a unit, e.g. 300 万吨")]
    [InlineData("指标 a { 值: 1e16 吨 }", "MP1019", 2, 11, "'1e16吨' is outside the range")]
    [InlineData("指标 a { 值: 1e16 }", "MP1019", 2, 11, "'1e16' is outside the range")]
    // A property of another kind of block.
    [InlineData("指标 a { 年份: 2020 }", "MP1002", 2, 8, "'年份' is not a property of 指标")]
    // A table cell is text, a number or an item id; a list in a cell is refused and the cell kept empty.
    [InlineData("表格 t { 行: [\"甲\", [1, 2]] }", "MP1004", 2, 17, "'行' expects a cell: text, a number with its unit or an item id")]
    [InlineData("表格 t { 行: [2021..2025] }", "MP1004", 2, 12, "'行' expects a cell")]
    // A word of a vocabulary: a name or text, not a number or a path.
    [InlineData("分区 Z { 级别: 3 }", "MP1004", 2, 12, "'级别' expects 国家级、省级、市级、县级;")]
    [InlineData("分区 Z { 级别: 县级.x }", "MP1004", 2, 12, "'级别' expects 国家级、省级、市级、县级;")]
    // A reference: a name, not text.
    [InlineData("指标 a { 对应: \"b\" }", "MP1004", 2, 12, "'对应' expects a reference to an item id")]
    // A labelled list: a list, each element labelled, each value a quantity.
    [InlineData("指标 a { 分解: 3 个 }", "MP1004", 2, 12, "'分解' expects a list such as [省级 = 3, 市级 = 14]")]
    [InlineData("指标 a { 分解: [3 个] }", "MP1004", 2, 13, "'分解' expects labelled elements `label = value`")]
    [InlineData("指标 a { 分解: [甲 = \"三\"] }", "MP1004", 2, 17, "'分解' expects a number with a unit")]
    // A list of texts refuses each element that is no text, at that element.
    [InlineData("规划 p { 标题: \"x\" 级别: 县级 下辖行政区: [甲, 3 个] }", "MP1004", 1, 34, "'下辖行政区' expects text")]
    [InlineData("指标 a { 矿种: [金矿, 3 吨] }", "MP1004", 2, 17, "'矿种' expects text")]
    // A yes/no word.
    [InlineData("章 \"一\" { 计号: 也许 }", "MP1007", 2, 13, "'也许' is not a")]
    // Ratio: [numerator, denominator] or [whole], references only.
    [InlineData("现状 a { 比值: [b, c, d] }", "MP1004", 2, 12, "'比值' expects [numerator, denominator] or [whole] references")]
    [InlineData("现状 a { 比值: [1, 2] }", "MP1004", 2, 12, "'比值' expects [numerator, denominator]")]
    [InlineData("现状 a { 比值: [b, 2] }", "MP1004", 2, 12, "'比值' expects [numerator, denominator]")]
    [InlineData("现状 a { 比值: [1, b] }", "MP1004", 2, 12, "'比值' expects [numerator, denominator]")]
    [InlineData("现状 a { 比值: [\"b\"] }", "MP1004", 2, 12, "'比值' expects [numerator, denominator]")]
    [InlineData("现状 a { 比值: b }", "MP1004", 2, 12, "'比值' expects [numerator, denominator]")]
    // A table: columns and rows are lists, its items references, its source a known collection or kind.
    [InlineData("表格 t { 列: \"名称\" }", "MP1004", 2, 11, "'列' expects a list of headers")]
    [InlineData("表格 t { 行: \"甲\" }", "MP1004", 2, 11, "'行' expects a list of cells")]
    [InlineData("表格 t { 条目: [\"a\"] }", "MP1004", 2, 13, "'条目' expects item ids")]
    [InlineData("表格 t { 来源: 天空 }", "MP1007", 2, 12, "'天空' is not a table source")]
    // Text blocks: a paragraph is text, an insertion names a table or a figure.
    [InlineData("章 \"一\" { 段: 3 个 }", "MP1004", 2, 12, "'段' expects text")]
    [InlineData("章 \"一\" { 插入: \"表1\" }", "MP1004", 2, 13, "'插入' expects a table or figure id")]
    [InlineData("印发通知 \"关于\" { 段: 3 个 }", "MP1004", 2, 16, "'段' expects text")]
    // A mineral's registration class is 1, 2 or 3.
    [InlineData("矿种定义 \"某矿\" { 登记类别: 4 }", "MP1004", 2, 19, "'登记类别' expects 1, 2 or 3")]
    [InlineData("矿种定义 \"某矿\" { 登记类别: 0 }", "MP1004", 2, 19, "'登记类别' expects 1, 2 or 3")]
    [InlineData("矿种定义 \"某矿\" { 登记类别: 2 个 }", "MP1004", 2, 19, "'登记类别' expects 1, 2 or 3")]
    [InlineData("矿种定义 \"某矿\" { 登记类别: \"2\" }", "MP1004", 2, 19, "'登记类别' expects 1, 2 or 3")]
    // Other attributes: a labelled list.
    [InlineData("分区 Z { 其他属性: \"x\" }", "MP1004", 2, 14, "'其他属性' expects a list `label = value`")]
    [InlineData("分区 Z { 其他属性: [\"x\"] }", "MP1004", 2, 15, "'其他属性' expects labelled elements")]
    [InlineData("分区 Z { 其他属性: [甲 = x.y] }", "MP1004", 2, 19, "'其他属性' expects text")]
    // A boundary: rings of numbers in pairs, a corner-point string or a feature.
    [InlineData("分区 Z { 边界: 3 }", "MP1004", 2, 12, "'边界' expects rings of coordinates")]
    [InlineData("分区 Z { 边界: [[1, 2, 3]] }", "MP1004", 2, 13, "'边界' expects a ring: a list of x, y numbers in pairs")]
    [InlineData("分区 Z { 边界: [[1, 2, 3 米, 4]] }", "MP1004", 2, 13, "'边界' expects a ring")]
    [InlineData("分区 Z { 边界: [5] }", "MP1004", 2, 13, "'边界' expects a ring")]
    // Counting: the kind is a block or zone kind.
    [InlineData("数量 n { 类型: 3 个 }", "MP1004", 2, 12, "'类型' expects text")]
    // The plan header needs a title and a level.
    [InlineData("规划 p { 级别: 县级 }", "MP1011", 1, 1, "规划 needs '标题'")]
    [InlineData("规划 p { 标题: \"x\" }", "MP1011", 1, 1, "规划 needs '级别'")]
    public void A_wrong_value_is_refused_where_it_stands_and_says_what_to_write(string body, string code, int line, int column, string message)
    {
        var withHeader = !body.StartsWith("规划", StringComparison.Ordinal);
        var diagnostics = Compile.Diagnostics(body, withHeader);
        var found = diagnostics.Where(d => d.Code == code).ToList();
        Assert.True(found.Count == 1, $"expected one {code}, got: {string.Join("; ", diagnostics.Select(d => d.Code + " " + d.Message(Language.En)))}");
        var finding = found[0];
        Assert.Equal((line, column), (finding.Span.Line, finding.Span.Column));
        Assert.Contains(message, finding.Message(Language.En), StringComparison.Ordinal);

        // Both messages say what to write: the expected phrase is never empty in either language.
        Assert.DoesNotContain("expects ;", finding.Message(Language.En), StringComparison.Ordinal);
        Assert.DoesNotContain("应为；", finding.Message(Language.Zh), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("现状 a { 年份: 1899 }", "'年份' expects a year such as 2020; write it as in grammar/LANGUAGE.md", "“年份”应为年份，如 2020；写法见 grammar/LANGUAGE.md")]
    [InlineData("矿种定义 \"某矿\" { 登记类别: 4 }", "'登记类别' expects 1, 2 or 3 (the first, second or third registration class); write it as in grammar/LANGUAGE.md", "“登记类别”应为1、2 或 3（第一、二、三类）；写法见 grammar/LANGUAGE.md")]
    [InlineData("章 a { }", "章 takes one \"title\"; fix the words between the keyword and '{'", "章的标签应为一个带引号的标题；请修改关键字与“{”之间的内容")]
    [InlineData("分区 Z { 边界: [5] }", "'边界' expects a ring: a list of x, y numbers in pairs; write it as in grammar/LANGUAGE.md", "“边界”应为环：成对的 x, y 坐标列表；写法见 grammar/LANGUAGE.md")]
    public void Each_message_names_what_to_write_in_its_own_language_only(string body, string en, string zh)
    {
        var finding = Assert.Single(Compile.Diagnostics(body), d => d.Code is "MP1004" or "MP1014");
        Assert.Equal(en, finding.Message(Language.En));
        Assert.Equal(zh, finding.Message(Language.Zh));
    }

    [Theory]
    [InlineData("指标 a b { 值: 1 个 }", 2, 4, "指标 takes an optional id and an optional \"name\"")]
    [InlineData("指标 \"a\" \"b\" { 值: 1 个 }", 2, 4, "指标 takes an optional id")]
    [InlineData("章 { }", 2, 1, "章 takes one \"title\"")]
    [InlineData("章 a { }", 2, 3, "章 takes one \"title\"")]
    [InlineData("章 \"一\" \"二\" { }", 2, 3, "章 takes one \"title\"")]
    [InlineData("章 a b \"一\" { }", 2, 3, "章 takes one \"title\"")]
    [InlineData("引言 a { }", 2, 4, "引言 takes no labels")]
    [InlineData("引言 \"a\" { }", 2, 4, "引言 takes no labels")]
    [InlineData("规划 \"p\" { 标题: \"x\" 级别: 县级 }", 1, 4, "规划 takes one id (a bare name)")]
    [InlineData("规划 p q { 标题: \"x\" 级别: 县级 }", 1, 4, "规划 takes one id (a bare name)")]
    [InlineData("规划 p \"q\" { 标题: \"x\" 级别: 县级 }", 1, 4, "规划 takes one id (a bare name)")]
    public void Labels_of_the_wrong_shape_are_MP1014(string body, int line, int column, string message)
    {
        var withHeader = !body.StartsWith("规划", StringComparison.Ordinal);
        var finding = Assert.Single(Compile.Diagnostics(body, withHeader), d => d.Code == "MP1014");
        Assert.Equal((line, column), (finding.Span.Line, finding.Span.Column));
        Assert.Contains(message, finding.Message(Language.En), StringComparison.Ordinal);
        Assert.DoesNotContain("标签应为；", finding.Message(Language.Zh), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_property_lists_the_block_s_properties_in_Chinese_in_code_order()
    {
        var finding = Assert.Single(Compile.Diagnostics("印发通知 \"关于\" { 颜色: 红 }"), d => d.Code == "MP1002");
        // notice: addressee date doc_no issuer para, ordered by their English keys and named in Chinese.
        Assert.Equal("'颜色' is not a property of 印发通知; use one of: 主送 日期 文号 发布机关 段", finding.Message(Language.En));
    }

    [Fact]
    public void A_child_block_a_block_cannot_hold_is_MP1001_with_what_it_can_hold()
    {
        var none = Assert.Single(Compile.Diagnostics("指标 a { 章 \"一\" { } }"), d => d.Code == "MP1001");
        Assert.Equal("'章' is not a block keyword here; use one of: -", none.Message(Language.En));
        Assert.Equal((2, 8), (none.Span.Line, none.Span.Column));

        var some = Assert.Single(Compile.Diagnostics("章 \"一\" { 款 \"1\" { } }"), d => d.Code == "MP1001");
        Assert.Equal("'款' is not a block keyword here; use one of: 节 条", some.Message(Language.En));
    }

    [Fact]
    public void The_blocks_a_plan_may_start_with_are_listed_in_the_language_s_order()
    {
        var finding = Assert.Single(Compile.Diagnostics("节 \"一\" { }"), d => d.Code == "MP1001");
        Assert.Equal(
            "'节' is not a block keyword here; use one of: 规划 指标 现状 分区 区块 数量 最低开采规模 矿种方向 准入 开采总量 项目 表格 附图 章 例外 矿种定义 引言 印发通知",
            finding.Message(Language.En));
    }

    [Fact]
    public void A_count_of_an_unknown_kind_lists_the_block_kinds_then_the_zone_kinds()
    {
        var finding = Assert.Single(Compile.Diagnostics("数量 n { 类型: 勘探 }"), d => d.Code == "MP1007");
        Assert.StartsWith("'勘探' is not a block or zone kind; use one of: 勘查、开采、国家规划矿区、重点勘查区", finding.Message(Language.En), StringComparison.Ordinal);
        Assert.Equal((2, 12), (finding.Span.Line, finding.Span.Column));
    }

    [Fact]
    public void A_block_that_is_no_block_keyword_inside_a_block_is_MP1001()
    {
        var finding = Assert.Single(Compile.Diagnostics("章 \"一\" { 段落 \"1\" { } }"), d => d.Code == "MP1001");
        Assert.StartsWith("'段落' is not a block keyword here", finding.Message(Language.En), StringComparison.Ordinal);
    }

    [Fact]
    public void A_top_level_block_that_belongs_inside_another_is_MP1001_with_the_top_level_keywords()
    {
        var finding = Assert.Single(Compile.Diagnostics("节 \"一\" { }"), d => d.Code == "MP1001");
        Assert.StartsWith("'节' is not a block keyword here; use one of: ", finding.Message(Language.En), StringComparison.Ordinal);
        Assert.Contains("规划", finding.Message(Language.En), StringComparison.Ordinal);
        Assert.DoesNotContain(" 节", finding.Message(Language.En), StringComparison.Ordinal);
    }

    [Fact]
    public void A_repeatable_property_is_no_duplicate_and_keeps_every_value()
    {
        var compilation = Compile.Text(Compile.Header + "表格 t { 列: [\"甲\"] 行: [\"1\"] 行: [\"2\"] 行: [\"3\"] }");
        Assert.DoesNotContain(compilation.Diagnostics, d => d.Code == "MP1003");
        var table = Assert.Single(compilation.Plan!.OfType<MineralPlan.Semantics.Model.PlanTable>());
        Assert.Equal(["1", "2", "3"], table.Rows.Select(r => r[0].Text));
    }

    [Fact]
    public void A_second_value_of_a_property_given_once_is_MP1003_and_the_first_stays()
    {
        var compilation = Compile.Text(Compile.Header + "指标 a { 类别: \"甲\" 类别: \"乙\" }");
        var finding = Assert.Single(compilation.Diagnostics, d => d.Code == "MP1003");
        Assert.Equal((2, 16), (finding.Span.Line, finding.Span.Column));
        Assert.Equal("甲", Assert.Single(compilation.Plan!.OfType<MineralPlan.Semantics.Model.Indicator>()).Category);
    }

    [Fact]
    public void A_quantity_with_an_unknown_unit_is_MP1008_and_keeps_its_number()
    {
        var compilation = Compile.Text(Compile.Header + "指标 a { 值: 20 斤 }");
        Assert.Single(compilation.Diagnostics, d => d.Code == "MP1008");
        var value = Assert.Single(compilation.Plan!.OfType<MineralPlan.Semantics.Model.Indicator>()).Value;
        Assert.NotNull(value);
        Assert.Equal(20m, value.Value);
        Assert.Null(value.Unit);
    }

    [Fact]
    public void A_quantity_out_of_range_is_not_bound()
    {
        var compilation = Compile.Text(Compile.Header + "指标 a { 值: 1e16 吨 }");
        Assert.Null(Assert.Single(compilation.Plan!.OfType<MineralPlan.Semantics.Model.Indicator>()).Value);
    }
}
