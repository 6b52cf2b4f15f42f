using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Semantics.Binding;
using MineralPlan.Semantics.Model;

namespace MineralPlan.Tests.Semantics;

/// <summary>An application file (申请) through the library API: what it binds, and each way it is refused.</summary>
public sealed class ApplicationLoaderTests
{
    private static string Codes(IEnumerable<Diagnostic> diagnostics) => string.Join(" ", diagnostics.Select(d => d.Code));

    [Fact]
    public void An_application_binds_each_of_its_values()
    {
        var (application, source, diagnostics) = ApplicationLoader.Parse(
            "申请 A1 \"某采石场\" { 矿业权: 采矿权 矿种: [建筑用砂, 水泥用灰岩] 规模: 20 万吨/年 位于: ZC01 矿山类型: 新建 备注: \"拟设\" }",
            "app.mplan");
        Assert.Empty(diagnostics);
        Assert.Equal("app.mplan", source.Path);
        Assert.NotNull(application);
        Assert.Equal(("A1", "某采石场", RightKind.Mining, MineKind.New, "拟设"), (application.Id, application.Name, application.Right, application.Mine, application.Note));
        Assert.Equal(["建筑用砂", "水泥用灰岩"], application.Minerals.Select(m => m.Entry!.Name));
        Assert.Equal(20m, application.Scale!.Value);
        Assert.Equal("ZC01", application.Within!.Text);
        Assert.Equal((1, 16), (application.RightSpan!.Value.Line, application.RightSpan.Value.Column));
        Assert.Equal("application", application.Kind);
    }

    [Fact]
    public void A_name_property_stands_in_for_a_missing_name_label()
    {
        var (application, _, _) = ApplicationLoader.Parse("申请 A1 { 矿业权: 探矿权 矿种: 铁矿 名称: \"甲\" }", "app.mplan");
        Assert.Equal(("甲", RightKind.Exploration), (application!.Name, application.Right));
        var (labelled, _, _) = ApplicationLoader.Parse("申请 A1 \"乙\" { 矿业权: 探矿权 矿种: 铁矿 名称: \"甲\" }", "app.mplan");
        Assert.Equal("乙", labelled!.Name);
    }

    [Theory]
    [InlineData("指标 a { }", "found 0")]
    [InlineData("", "found 0")]
    [InlineData("申请 a { 矿业权: 探矿权 矿种: 铁矿 }\n申请 b { 矿业权: 探矿权 矿种: 铁矿 }", "found 2")]
    public void A_file_without_exactly_one_application_is_MP1018_and_binds_nothing(string text, string found)
    {
        var (application, _, diagnostics) = ApplicationLoader.Parse(text, "app.mplan");
        Assert.Null(application);
        var finding = Assert.Single(diagnostics, d => d.Code == "MP1018");
        Assert.EndsWith(found, finding.Message(Language.En), StringComparison.Ordinal);
    }

    [Fact]
    public void An_application_among_other_blocks_is_still_found()
    {
        var (application, _, diagnostics) = ApplicationLoader.Parse("指标 a { }\n申请 x { 矿业权: 探矿权 矿种: 铁矿 }", "app.mplan");
        Assert.Equal("x", application!.Id);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void A_right_and_minerals_are_required()
    {
        var (application, _, diagnostics) = ApplicationLoader.Parse("申请 x { }", "app.mplan");
        Assert.NotNull(application);
        Assert.Equal(
            ["申请 needs '矿业权'; add it", "申请 needs '矿种'; add it"],
            diagnostics.Where(d => d.Code == "MP1011").Select(d => d.Message(Language.En)));
    }

    [Fact]
    public void An_unknown_mineral_is_an_error_at_the_mineral()
    {
        var (application, _, diagnostics) = ApplicationLoader.Parse("申请 x { 矿业权: 采矿权 矿种: [铁矿, 仙石] }", "app.mplan");
        var finding = Assert.Single(diagnostics, d => d.Code == "MP1021");
        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        Assert.Equal((1, 26), (finding.Span.Line, finding.Span.Column));
        Assert.StartsWith("'仙石' is not in the mineral catalog", finding.Message(Language.En), StringComparison.Ordinal);
        Assert.Null(application!.Minerals[1].Entry);
        Assert.NotNull(application.Minerals[0].Entry);
    }

    [Fact]
    public void Syntax_errors_are_reported_with_the_binding()
    {
        var (_, _, diagnostics) = ApplicationLoader.Parse("申请 x { 矿业权: 采矿权 矿种: 铁矿 规模: 20 万吨/年 @ }", "app.mplan");
        Assert.StartsWith("MP0", Codes(diagnostics), StringComparison.Ordinal);
    }
}
