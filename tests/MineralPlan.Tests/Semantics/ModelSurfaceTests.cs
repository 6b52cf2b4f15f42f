using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Abstractions.Plugins;
using MineralPlan.Semantics;
using MineralPlan.Semantics.Minerals;
using MineralPlan.Semantics.Model;
using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.Semantics;

/// <summary>
/// The small surface of the model every later stage reads: how a quantity prints, what an item is called, how an
/// item is found, how a folder is loaded, and how a mineral name is matched.
/// </summary>
public sealed class ModelSurfaceTests
{
    private static Plan Plan(string body) => Compile.Text(Compile.Header + body).Plan!;

    [Theory]
    [InlineData("<5 个", "<5个")]
    [InlineData(">5 个", ">5个")]
    [InlineData("~30 %", "30左右%")]
    [InlineData("≈30 %", "30左右%")]
    [InlineData("<=200 万吨", "≤200万吨")]
    [InlineData(">=3 万吨/年", "≥3万吨/年")]
    [InlineData("26.92 %", "26.92%")]
    [InlineData("7", "7")]
    public void A_quantity_prints_as_the_plan_documents_do(string written, string shown)
    {
        Assert.Equal(shown, Assert.Single(Plan($"指标 a {{ 值: {written} }}").OfType<Indicator>()).Value!.Display);
    }

    [Fact]
    public void An_item_is_called_by_its_name_else_its_id_else_its_kind()
    {
        var items = Plan("指标 a \"甲\" { }\n指标 b { }\n指标 { }\n分区 { 类型: 重点勘查区 }").Items;
        Assert.Equal(["甲", "b", "indicator", "zone"], items.Select(i => i.DisplayName));
    }

    [Fact]
    public void An_id_is_found_before_a_name_that_spells_the_same()
    {
        var plan = Plan("指标 x \"b\" { }\n指标 b \"乙\" { }");
        Assert.Equal("乙", plan.FindItem("b")!.Name);
        Assert.Equal("x", plan.FindItem("x")!.Id);
        Assert.Equal("b", plan.FindItem("乙")!.Id);
        Assert.Null(plan.FindItem("丙"));
    }

    [Fact]
    public void A_compilation_has_errors_only_when_a_finding_is_an_error()
    {
        Assert.False(Compile.Text(Compile.Header + "指标 a { 矿种: 仙石 }").HasErrors);   // MP1009 is a warning
        Assert.True(Compile.Text(Compile.Header + "指标 a { 颜色: 红 矿种: 仙石 }").HasErrors);   // one error among warnings
    }

    [Fact]
    public void A_compilation_finds_the_source_of_each_of_its_files()
    {
        var compilation = PlanLoader.LoadSource(new PlanSource("p", [new PlanSourceFile("b.mplan", "指标 b { }"), new PlanSourceFile("a.mplan", Compile.Header)]));
        Assert.Equal(["a.mplan", "b.mplan"], compilation.Files.Select(f => f.Source.Path));
        Assert.Equal("指标 b { }", compilation.FindSource("b.mplan")!.Text);
        Assert.Null(compilation.FindSource("c.mplan"));
        Assert.Equal(["a.mplan", "b.mplan"], compilation.Plan!.Files.AsEnumerable());
    }

    [Fact]
    public void A_folder_loads_its_plan_files_in_name_order_with_their_reading_problems()
    {
        using var temp = new TempFolder();
        temp.Write("p/b.mplan", "指标 b { }");
        temp.Write("p/a.mplan", Compile.Header);
        temp.Write("p/note.txt", "not a plan");
        File.WriteAllBytes(Path.Combine(temp.Path, "p/c.mplan"), [0x41, 0x00, 0x42]);
        var compilation = MineralPlan.Workspaces.Workspace.CompileFolder(Path.Combine(temp.Path, "p"), temp.Path)!;
        Assert.Equal("p", compilation.Folder);
        Assert.Equal(["p/a.mplan", "p/b.mplan"], compilation.Files.Select(f => f.Source.Path));
        Assert.Contains(compilation.Diagnostics, d => d.Code == "MP0006" && d.Span.File == "p/c.mplan");
        Assert.Equal("b", Assert.Single(compilation.Plan!.Items).Id);
    }

    [Fact]
    public void A_folder_without_plan_files_is_MP1017_and_a_missing_folder_is_no_compilation()
    {
        using var temp = new TempFolder();
        temp.Write("empty/readme.txt", "-");
        var compilation = MineralPlan.Workspaces.Workspace.CompileFolder(Path.Combine(temp.Path, "empty"), temp.Path)!;
        var finding = Assert.Single(compilation.Diagnostics);
        Assert.Equal(("MP1017", "empty"), (finding.Code, finding.Span.File));
        Assert.Null(compilation.Plan);
        Assert.Null(MineralPlan.Workspaces.Workspace.CompileFolder(Path.Combine(temp.Path, "nowhere"), temp.Path));
    }

    [Fact]
    public void A_plan_compiles_against_the_catalog_it_is_given()
    {
        var catalog = new MineralCatalog([new MineralEntry("仙石", [], null, null, null, null, "test")]);
        var compilation = PlanLoader.Compile("t", [MineralPlan.Syntax.PlanParser.Parse(Compile.Header + "指标 a { 矿种: [仙石, 铁矿] }", "t.mplan")], new DiagnosticBag(), catalog);
        var finding = Assert.Single(compilation.Diagnostics);
        Assert.StartsWith("'铁矿' is not in the mineral catalog", finding.Message(Language.En), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("建筑用 砂", "建筑用砂")]
    [InlineData("萤石（普通）", "萤石(普通)")]
    [InlineData("砖瓦用粘土", "砖瓦用黏土")]
    public void A_mineral_is_found_through_spaces_bracket_widths_and_the_older_spelling_of_黏(string written, string name)
    {
        Assert.Equal(name, ShippedCatalog.Minerals.Find(written)?.Name);
    }

    [Fact]
    public void A_mineral_s_key_is_its_catalog_name_or_else_what_was_written()
    {
        var minerals = Assert.Single(Plan("指标 a { 矿种: [\"萤石（普通）\", 仙石] }").OfType<Indicator>()).Minerals;
        Assert.Equal(["萤石(普通)", "仙石"], minerals.Select(m => m.Key));
    }

    [Fact]
    public void A_catalog_in_text_reports_its_syntax_errors()
    {
        var diagnostics = new DiagnosticBag();
        var catalog = ShippedCatalog.FromText("矿种定义 \"甲\" { 别名: [乙] }\n矿种定义 \"丙\" { @ }", "c.mplan", diagnostics);
        Assert.Contains(diagnostics.ToImmutable(), d => d.Code == "MP0002");
        Assert.Equal("甲", catalog.Find("乙")?.Name);
    }
}
