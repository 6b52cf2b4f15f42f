using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.Diagnostics;

/// <summary>Each binding and parsing code with a snippet that triggers it, at the expected line and column.</summary>
public sealed class BindDiagnosticTests
{
    [Theory]
    [InlineData("指标 a { 值: 26 个 @ }", "MP0002", 2, 16)]
    [InlineData("指标 a { 值: 1e40 }", "MP0007", 2, 11)]
    [InlineData("指标 a { 名称: \"没有结束 }", "MP0008", 2, 12)]
    [InlineData("矿区 x { }", "MP1001", 2, 1)]
    [InlineData("指标 a { 颜色: \"红\" }", "MP1002", 2, 8)]
    [InlineData("指标 a { 值: 1 个 值: 2 个 }", "MP1003", 2, 15)]
    [InlineData("现状 a { 年份: \"二〇二〇\" }", "MP1004", 2, 12)]
    [InlineData("章 \"一\" { 段: \"共{nothing}个\" }", "MP1005", 2, 14)]
    [InlineData("分区 Z { 类型: 重点勘查区 }\n分区 Z { 类型: 重点勘查区 }", "MP1006", 3, 1)]
    [InlineData("分区 Z { 级别: 乡级 }", "MP1007", 2, 12)]
    [InlineData("指标 a { 值: 20 万方米/年 }", "MP1008", 2, 14)]
    [InlineData("指标 a { 矿种: 仙石 }", "MP1009", 2, 12)]
    [InlineData("章 \"一\" { 段: \"共{矿山\" }", "MP1013", 2, 14)]
    [InlineData("章 { }", "MP1014", 2, 1)]
    [InlineData("标题: \"x\"", "MP1015", 2, 1)]
    [InlineData("现状 m { 值: 2 个 组成: [a = 1 个, b = 1 个] }\n章 \"一\" { 段: \"{m.c}\" }", "MP1016", 3, 13)]
    public void Each_code_is_reported_where_it_occurs(string body, string code, int line, int column)
    {
        var diagnostics = Compile.Diagnostics(body);
        var found = diagnostics.FirstOrDefault(d => d.Code == code);
        Assert.True(found is not null, $"expected {code}, got: {Compile.Codes(diagnostics)}");
        Assert.True((line, column) == (found.Span.Line, found.Span.Column), $"{code} at {found.Span.Line}:{found.Span.Column}, expected {line}:{column}");
        Assert.False(string.IsNullOrWhiteSpace(found.Message(Language.En)));
        Assert.False(string.IsNullOrWhiteSpace(found.Message(Language.Zh)));
    }

    [Fact]
    public void A_folder_without_a_plan_header_is_MP1012()
    {
        var diagnostics = Compile.Diagnostics("指标 a { 值: 1 个 }", withHeader: false);
        Assert.Contains(diagnostics, d => d.Code == "MP1012");
    }

    [Fact]
    public void A_plan_header_without_level_is_MP1011()
    {
        var diagnostics = Compile.Diagnostics("规划 p { 标题: \"x\" }", withHeader: false);
        Assert.Contains(diagnostics, d => d.Code == "MP1011");
    }

    [Fact]
    public void A_valid_snippet_has_no_diagnostics()
    {
        var diagnostics = Compile.Diagnostics("""
            现状 m "矿山" { 值: 26 个 组成: [大中型 = 7 个, 小型 = 19 个] }
            章 "一" { 段: "共有矿山{m}，其中大中型{m.大中型}。" }
            """);
        Assert.Empty(diagnostics);
    }
}
