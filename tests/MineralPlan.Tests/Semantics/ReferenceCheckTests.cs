using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.Semantics;

/// <summary>
/// After binding, every local reference of a plan must name one of its items (MP1005) and a field that item has
/// (MP1016), wherever the reference stands; references into a higher plan are left to the cross-level rules. Also the
/// plan-wide counts the binder keeps: one header (MP1012), one notice (MP1020), unique ids (MP1006).
/// </summary>
public sealed class ReferenceCheckTests
{
    private const string Items = """
        指标 a "甲" { 值: 3 个 }
        附图 f "图" { }

        """;

    [Theory]
    [InlineData("章 \"一\" { 段: \"{nothing}\" }", 4, 13, "nothing")]
    [InlineData("印发通知 \"关于\" { 段: \"{nothing}\" }", 4, 17, "nothing")]
    [InlineData("表格 t { 备注: \"{nothing}\" }", 4, 13, "nothing")]
    [InlineData("表格 t { 行: [\"共{nothing}\"] }", 4, 14, "nothing")]
    [InlineData("表格 t { 行: [nothing] }", 4, 12, "nothing")]
    [InlineData("表格 t { 条目: [a, nothing] }", 4, 16, "nothing")]
    [InlineData("表格 t { 条目: nothing }", 4, 12, "nothing")]
    [InlineData("现状 r { 比值: [nothing, a] }", 4, 13, "nothing")]
    [InlineData("现状 r { 比值: [a, nothing] }", 4, 16, "nothing")]
    [InlineData("现状 r { 比值: [nothing] }", 4, 13, "nothing")]
    [InlineData("章 \"一\" { 插入: nothing }", 4, 13, "nothing")]
    [InlineData("章 \"一\" { 插入: a }", 4, 13, "a")]
    [InlineData("章 \"一\" { 节 \"（一）\" { 插入: nothing } }", 4, 23, "nothing")]
    [InlineData("章 \"一\" { 节 \"（一）\" { 段: \"{nothing}\" } }", 4, 23, "nothing")]
    [InlineData("例外 x { 规则: MP2001 对象: nothing 理由: \"-\" }", 4, 23, "nothing")]
    [InlineData("例外 x { 规则: MP2001 对象: nothing.value 理由: \"-\" }", 4, 23, "nothing.value")]
    [InlineData("章 \"一\" { 段: \"{nothing.value}\" }", 4, 13, "nothing.value")]
    public void A_reference_to_no_item_is_MP1005_where_it_stands(string body, int line, int column, string reference)
    {
        var finding = Assert.Single(Compile.Diagnostics(Items + body), d => d.Code == "MP1005");
        Assert.Equal((line, column), (finding.Span.Line, finding.Span.Column));
        Assert.StartsWith($"'{reference}' does not name any item of this plan", finding.Message(Language.En), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("章 \"一\" { 段: \"{a}{a.value}{甲.unit}{f.name}\" 插入: f }")]
    [InlineData("表格 t { 行: [a, \"{a}\"] 条目: [a, 甲] 备注: \"{a.value}\" }\n章 \"一\" { 插入: t }")]
    [InlineData("现状 r { 比值: [a, a] }")]
    [InlineData("例外 x { 规则: MP2001 对象: a 理由: \"-\" }")]
    [InlineData("例外 x { 规则: MP2001 对象: a.value 理由: \"-\" }")]
    public void A_reference_to_an_item_of_the_plan_is_no_finding(string body)
    {
        var diagnostics = Compile.Diagnostics(Items + body);
        Assert.DoesNotContain(diagnostics, d => d.Code is "MP1005" or "MP1016");
    }

    [Theory]
    [InlineData("章 \"一\" { 段: \"{上级.x}{parent.x}{省级.x.value}{市级.y}\" }")]
    [InlineData("例外 x { 规则: MP2001 对象: 上级.x 理由: \"-\" }")]
    [InlineData("表格 t { 行: [上级.x] }")]
    public void A_reference_into_a_higher_plan_is_left_to_the_cross_level_rules(string body)
    {
        Assert.DoesNotContain(Compile.Diagnostics(Items + body), d => d.Code is "MP1005" or "MP1016");
    }

    [Fact]
    public void An_item_whose_id_is_an_upstream_word_is_read_as_local()
    {
        var diagnostics = Compile.Diagnostics("现状 上级 { 值: 1 个 }\n章 \"一\" { 段: \"{上级.value}{上级.nothing}\" }");
        var finding = Assert.Single(diagnostics, d => d.Code is "MP1005" or "MP1016");
        Assert.Equal("'上级' has no field 'nothing'; use value, unit, name, or a part/label it declares", finding.Message(Language.En));
    }

    [Theory]
    [InlineData("章 \"一\" { 段: \"{a.nothing}\" }", 4, 13)]
    [InlineData("表格 t { 行: [a.nothing] }", 4, 12)]
    [InlineData("现状 r { 比值: [a.nothing, a] }", 4, 13)]
    public void A_field_the_item_does_not_have_is_MP1016(string body, int line, int column)
    {
        var finding = Assert.Single(Compile.Diagnostics(Items + body), d => d.Code == "MP1016");
        Assert.Equal((line, column), (finding.Span.Line, finding.Span.Column));
        Assert.Equal("'a' has no field 'nothing'; use value, unit, name, or a part/label it declares", finding.Message(Language.En));
    }

    [Fact]
    public void Items_without_an_id_never_collide_and_a_repeated_id_is_reported_once_per_repeat()
    {
        var diagnostics = Compile.Diagnostics("指标 \"甲\" { }\n指标 \"甲\" { }\n指标 b { }\n指标 b { }\n现状 b { }");
        var repeats = diagnostics.Where(d => d.Code == "MP1006").ToList();
        Assert.Equal([5, 6], repeats.Select(d => d.Span.Line));
        Assert.StartsWith("the id 'b' is already used", repeats[0].Message(Language.En), StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_header_is_MP1012_at_that_header_and_the_first_one_holds()
    {
        var compilation = Compile.Text(Compile.Header + "规划 u { 标题: \"另一个\" 级别: 市级 }");
        var finding = Assert.Single(compilation.Diagnostics, d => d.Code == "MP1012");
        Assert.Equal((2, 1), (finding.Span.Line, finding.Span.Column));
        Assert.EndsWith("found 2", finding.Message(Language.En), StringComparison.Ordinal);
        Assert.Equal("t", compilation.Plan!.Header.Id);
    }

    [Fact]
    public void A_folder_without_a_header_is_MP1012_at_its_first_file_and_has_no_plan()
    {
        var compilation = Compile.Text("指标 a { }", "first.mplan");
        var finding = Assert.Single(compilation.Diagnostics, d => d.Code == "MP1012");
        Assert.Equal(("first.mplan", 1, 1), (finding.Span.File, finding.Span.Line, finding.Span.Column));
        Assert.EndsWith("found 0", finding.Message(Language.En), StringComparison.Ordinal);
        Assert.Null(compilation.Plan);
    }

    [Fact]
    public void Every_notice_after_the_first_is_MP1020_and_the_first_is_the_plan_s()
    {
        var compilation = Compile.Text(Compile.Header + "印发通知 \"一\" { }\n印发通知 \"二\" { }\n印发通知 \"三\" { }");
        Assert.Equal([3, 4], compilation.Diagnostics.Where(d => d.Code == "MP1020").Select(d => d.Span.Line));
        Assert.Equal("一", compilation.Plan!.Notice!.Title);
    }

    [Fact]
    public void A_plan_without_a_notice_has_none()
    {
        Assert.Null(Compile.Text(Compile.Header).Plan!.Notice);
    }

    [Fact]
    public void A_property_outside_a_block_is_MP1015_and_the_blocks_around_it_still_bind()
    {
        var compilation = Compile.Text(Compile.Header + "值: 3 个\n指标 a { }");
        var finding = Assert.Single(compilation.Diagnostics, d => d.Code == "MP1015");
        Assert.Equal("'值' is a property but stands outside any block; move it into the block it belongs to", finding.Message(Language.En));
        Assert.Single(compilation.Plan!.Items);
    }

    [Fact]
    public void Items_documents_and_files_of_several_files_make_one_plan_in_file_order()
    {
        var compilation = MineralPlan.Semantics.PlanLoader.Compile(
            "test",
            [
                MineralPlan.Syntax.PlanParser.Parse(Compile.Header + "指标 a { }\n章 \"一\" { }", "a.mplan"),
                MineralPlan.Syntax.PlanParser.Parse("指标 b { }\n章 \"二\" { }", "b.mplan"),
            ],
            new DiagnosticBag(),
            null);
        var plan = compilation.Plan!;
        Assert.Equal(["a", "b"], plan.Items.Select(i => i.Id));
        Assert.Equal(["一", "二"], plan.Document.Select(h => h.Title));
        Assert.Equal(["a.mplan", "b.mplan"], plan.Files.AsEnumerable());
    }
}
