using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Checking;
using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.Checking;

/// <summary>Each rule inside one plan: a snippet that triggers it (at the expected line) and one that does not.</summary>
public sealed class InternalRuleTests
{
    [Theory]
    [InlineData("MP2001", "现状 m \"矿山\" { 值: 26 个 组成: [大中型 = 7 个, 小型 = 24 个] }", 2)]
    [InlineData("MP2002", "现状 o \"年开采总量\" { 值: 475.5 万吨 组成: [金 = 29.5 万吨, 石料 = 178 万立方米] }", 2)]
    [InlineData("MP2003", "现状 m { 值: 26 个 组成: [大中型 = 7 个, 小型 = 19 个] }\n现状 r { 值: 30 % 比值: [m.大中型, m] }", 3)]
    [InlineData("MP2004", "指标 g \"金\" { 计量: 金属量 值: 3 万立方米 }", 2)]
    [InlineData("MP2011", "现状 f { 年份: 2023 值: 1 个 }", 2)]
    [InlineData("MP2006", "数量 c { 类型: 勘查 总数: 17 个 按级别: [省级 = 3 个, 市级 = 13 个] }", 2)]
    [InlineData("MP2008", "指标 t \"矿山数量\" { 值: <= 30 个 }\n指标 x \"矿山数量（正文）\" { 值: <= 35 个 对应: t }", 3)]
    [InlineData("MP2009", "指标 t \"年开采量\" { 值: <= 200 万吨 属性: 控制性 }", 2)]
    [InlineData("MP2014", "表格 fb1 \"附表1 国家规划矿区表\" { 类型: 附表 }\n章 \"附表\" { 插入: fb1 }", 2)]
    [InlineData("MP2014", "附图 ft1 \"矿产资源勘查规划图\" { }\n章 \"附图\" { 插入: ft1 }", 2)]
    public void The_rule_fires_on_a_plan_that_breaks_it(string code, string body, int line)
    {
        var diagnostics = Compile.Diagnostics(body);
        var found = diagnostics.Where(d => d.Code == code).ToList();
        Assert.True(found.Count == 1, $"expected one {code}, got: {Compile.Codes(diagnostics)}");
        Assert.Equal(line, found[0].Span.Line);
        Assert.Equal(RuleRegistry.All.Single(r => r.Descriptor.Code == code).Descriptor.DefaultSeverity, found[0].Severity);
    }

    [Theory]
    // Near misses of MP2014: a listed table with rows, one with a data source, one not inserted at all; a figure in a plan that draws.
    [InlineData("表格 fb1 \"附表1\" { 类型: 附表 列: [\"名称\"] 行: [\"甲\"] }\n章 \"附表\" { 插入: fb1 }")]
    [InlineData("表格 fb1 \"附表1\" { 类型: 附表 来源: 分区 列: [\"名称\" = 名称] }\n章 \"附表\" { 插入: fb1 }")]
    [InlineData("表格 fb1 \"附表1\" { 类型: 附表 }")]
    [InlineData("附图 ft1 \"规划图\" { }\n区块 B { 类型: 开采 坐标系: \"CGCS2000 lonlat\" 边界: [[120.05, 40.63, 120.06, 40.63, 120.06, 40.64, 120.05, 40.63]] }\n章 \"附图\" { 插入: ft1 }")]
    [InlineData("现状 m \"矿山\" { 值: 26 个 组成: [大中型 = 7 个, 小型 = 19 个] }")]
    [InlineData("现状 o { 值: 29.5 万吨 组成: [金 = 29.5 万吨] }\n现状 v { 值: 178 万立方米 组成: [石料 = 1780000 立方米] }")]
    [InlineData("现状 m { 值: 26 个 组成: [大中型 = 7 个, 小型 = 19 个] }\n现状 r { 值: 26.92 % 比值: [m.大中型, m] }")]
    [InlineData("指标 g \"金\" { 计量: 金属量 值: 3 吨 }\n指标 s \"砂石\" { 计量: 矿石量 值: 720 万立 }")]
    [InlineData("现状 f { 年份: 2020 值: 1 个 }")]
    [InlineData("数量 c { 类型: 勘查 总数: 17 个 按级别: [省级 = 3 个, 市级 = 14 个] 按矿类: [金属 = 4 个, 非金属 = 13 个] }")]
    [InlineData("指标 t \"铁\" { 值: 0.003 亿吨 }\n指标 x \"铁（正文）\" { 值: 30 万吨 对应: t }")]
    [InlineData("指标 t \"年开采量\" { 值: <= 200 万吨 属性: 约束性 }")]
    public void The_rules_stay_quiet_on_a_plan_that_keeps_them(string body)
    {
        // A count with no item drawn is rightly MP2023 information (DeclaredButAbsentTests); nothing here is wrong.
        var diagnostics = Compile.Diagnostics(body).Where(d => d.Code != "MP2023").ToList();
        Assert.True(diagnostics.Count == 0, Compile.Codes(diagnostics));
    }

    [Fact]
    public void A_wrong_document_number_is_MP2012_and_bracket_style_is_not()
    {
        const string Head = "规划 t { 标题: \"x\" 级别: 县级 基期: 2020 规划期: 2021..2025 展望: 2035 依据 \"《自然资源部关于全面开展矿产资源规划（2021-2025年）编制工作的通知》\" { 文号: ";
        Assert.Equal("MP2012", Assert.Single(Compile.Diagnostics(Head + "\"国土自然资发〔2020〕43号\" } }", withHeader: false)).Code);
        Assert.Empty(Compile.Diagnostics(Head + "\"自然资发[2020]43号\" } }", withHeader: false));
    }

    [Fact]
    public void A_region_with_the_wrong_suffix_is_MP2013()
    {
        const string Head = "规划 t { 标题: \"x\" 级别: 市级 行政区: \"甲市\" 基期: 2020 规划期: 2021..2025 展望: 2035 下辖行政区: [\"开原市\", \"铁岭县\"] }\n";
        var found = Assert.Single(Compile.Diagnostics(Head + "章 \"一\" { 段: \"包括开原县庆云堡、铁岭县等地。\" }", withHeader: false));
        Assert.Equal(("MP2013", 2, 15), (found.Code, found.Span.Line, found.Span.Column));
        Assert.Empty(Compile.Diagnostics(Head + "章 \"一\" { 段: \"包括开原市庆云堡、铁岭县等地。\" }", withHeader: false));
    }

    [Fact]
    public void Years_that_do_not_fit_together_are_MP2005()
    {
        var bad = Compile.Diagnostics("规划 t { 标题: \"x\" 级别: 县级 基期: 2019 规划期: 2021..2025 展望: 2035 }", withHeader: false);
        Assert.Equal("MP2005", Assert.Single(bad).Code);
        Assert.Empty(Compile.Diagnostics(string.Empty));
    }

    [Fact]
    public void Itemised_blocks_are_compared_with_the_declared_count()
    {
        var diagnostics = Compile.Diagnostics("""
            数量 c { 类型: 勘查 总数: 2 个 }
            区块 K1 "甲" { 类型: 勘查 矿种: 铁矿 }
            """);
        Assert.Equal("MP2006", Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void A_rule_that_throws_becomes_MP9001_and_the_others_still_run()
    {
        var compilation = Compile.Text(Compile.Header + "现状 m { 值: 3 个 组成: [a = 1 个] }");
        var diagnostics = PlanChecker.Check(compilation, [], [new ThrowingRule(), .. RuleRegistry.All]);
        Assert.Contains(diagnostics, d => d.Code == "MP9001" && d.Message(Language.En).Contains("boom", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Code == "MP2001");
    }

    [Fact]
    public void A_rule_whose_static_state_fails_is_reported_with_the_cause_not_the_wrapper()
    {
        var compilation = Compile.Text(Compile.Header + "现状 m { 值: 3 个 组成: [a = 1 个] }");
        var failed = Assert.Single(PlanChecker.Check(compilation, [], [new FailingInitialiserRule()]), d => d.Code == "MP9001");
        Assert.Contains("no projection table", failed.Message(Language.En), StringComparison.Ordinal);
        Assert.DoesNotContain("type initializer", failed.Message(Language.En), StringComparison.Ordinal);
    }

    private sealed class FailingInitialiserRule : IRule
    {
        public DiagnosticDescriptor Descriptor { get; } = new("MP2998", DiagnosticSeverity.Error, "t", "t", "t");

        public string Source => "test";

        public IEnumerable<Diagnostic> Check(RuleContext context) => [.. Table.Rows];

        private static class Table
        {
            public static readonly Diagnostic[] Rows = Load();

            private static Diagnostic[] Load() => throw new InvalidOperationException("no projection table");
        }
    }

    private sealed class ThrowingRule : IRule
    {
        public DiagnosticDescriptor Descriptor { get; } = new("MP2999", DiagnosticSeverity.Error, "t", "t", "t");

        public string Source => "test";

        public IEnumerable<Diagnostic> Check(RuleContext context) => throw new InvalidOperationException("boom");
    }
}

/// <summary>例外: accepted findings are listed with their reason and do not fail the check; stale ones are reported.</summary>
public sealed class AcceptanceTests
{
    [Fact]
    public void An_accepted_finding_is_kept_with_its_reason_and_does_not_fail()
    {
        var diagnostics = Compile.Diagnostics("""
            现状 m "矿山" { 值: 26 个 组成: [大中型 = 7 个, 小型 = 24 个] }
            例外 ok { 规则: MP2001 对象: m 理由: "原文如此，已报审查" }
            """);
        var d = Assert.Single(diagnostics);
        Assert.Equal("MP2001", d.Code);
        Assert.Equal("原文如此，已报审查", d.AcceptedReason);
        Assert.False(d.IsFailure);
    }

    [Fact]
    public void An_acceptance_that_matches_nothing_is_MP2010()
    {
        var diagnostics = Compile.Diagnostics("""
            现状 m "矿山" { 值: 26 个 组成: [大中型 = 7 个, 小型 = 19 个] }
            例外 stale { 规则: MP2001 对象: m 理由: "旧" }
            """);
        Assert.Equal("MP2010", Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void The_cli_lists_accepted_findings_and_exits_0()
    {
        using var temp = new TempFolder();
        temp.Write("p/plan.mplan", Compile.Header + "现状 m { 值: 26 个 组成: [a = 7 个, b = 24 个] }\n例外 ok { 规则: MP2001 对象: m 理由: \"reviewed\" }\n");
        var result = CliRunner.RunIn(temp.Path, "check", "p", "--lang", "en");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("error MP2001:", result.Output, StringComparison.Ordinal);
        Assert.Contains("[accepted: reviewed]", result.Output, StringComparison.Ordinal);
        Assert.Contains("0 error(s), 0 warning(s), 1 accepted", result.Output, StringComparison.Ordinal);
    }
}
