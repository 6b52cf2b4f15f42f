using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.Checking;

/// <summary>MP2019–MP2021: the targets a plan states in its text against its targets table (专栏一).</summary>
public sealed class TextTableTests
{
    // A targets table of two rows, and a paragraph stating the targets named in `stated`; `extra` adds items.
    private static string Plan(string stated = "{new_iron}、{mines}", string extra = "", string rows = "new_iron, mines") => $$"""
        指标 new_iron "铁矿" {
            类别: "矿产资源勘查"
            矿种: 铁矿
            计量: 矿石量
            值: 300 万吨
            口径: 累计
        }

        指标 mines "矿山数量" {
            类别: "矿山结构"
            值: <= 30 个
            口径: 期末
        }

        {{extra}}

        表格 zl1 "主要指标" {
            类型: 专栏
            来源: 指标
            条目: [{{rows}}]
        }

        章 "规划目标" {
            段: "到2025年，力争{{stated}}。"
            插入: zl1
        }
        """;

    private const string TextIron = """
        指标 text_iron "铁矿资源量（正文）" {
            矿种: 铁矿
            计量: 矿石量
            值: 350 万吨
            口径: 累计
        }
        """;

    [Fact]
    public void A_plan_whose_text_states_exactly_its_table_is_quiet()
    {
        var codes = Compile.Codes(Compile.Diagnostics(Plan()));
        Assert.DoesNotContain("MP2019", codes);
        Assert.DoesNotContain("MP2020", codes);
        Assert.DoesNotContain("MP2021", codes);
    }

    [Fact]
    public void A_target_only_the_text_states_is_reported_at_the_text_with_the_item_and_the_table()
    {
        var extra = """
            指标 rates "矿山“三率”达标率" {
                值: >= 90 %
                口径: 期末
            }
            """;
        var findings = Compile.Diagnostics(Plan(stated: "{new_iron}、{mines}，三率达标率{rates}", extra: extra));

        var finding = Assert.Single(findings, d => d.Code == "MP2019");
        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Equal("正文提出目标“矿山“三率”达标率”（≥90%），但“主要指标”中没有该项；请将其列入表格（条目），或以“对应”指向表中一行", finding.Message(Language.Zh));
        Assert.Equal(2, finding.Related.Length);
        Assert.DoesNotContain("MP2019", Compile.Codes(Compile.Diagnostics(Plan(stated: "{new_iron}、{mines}，三率达标率{rates}", extra: extra, rows: "new_iron, mines, rates"))));
    }

    [Fact]
    public void A_row_the_text_never_states_is_information_at_its_place_in_the_table()
    {
        var findings = Compile.Diagnostics(Plan(stated: "{new_iron}"));

        var finding = Assert.Single(findings, d => d.Code == "MP2020");
        Assert.Equal(DiagnosticSeverity.Info, finding.Severity);
        Assert.Contains("“矿山数量”（≤30个）", finding.Message(Language.Zh), StringComparison.Ordinal);
        Assert.Equal(Compile.Text(Compile.Header + Plan(stated: "{new_iron}")).Plan!.OfType<MineralPlan.Semantics.Model.PlanTable>().Single().Selection[1].Span, finding.Span);
    }

    [Fact]
    public void A_text_that_states_no_target_by_reference_is_not_held_against_the_table()
    {
        Assert.DoesNotContain("MP2020", Compile.Codes(Compile.Diagnostics(Plan(stated: "铁矿300万吨"))));
    }

    [Fact]
    public void The_same_target_declared_again_for_the_text_with_another_figure_is_an_error_at_both_places()
    {
        var findings = Compile.Diagnostics(Plan(stated: "{text_iron}、{mines}", extra: TextIron));

        var finding = Assert.Single(findings, d => d.Code == "MP2021");
        Assert.Equal("正文中“铁矿资源量（正文）”为 350万吨，但“主要指标”中同一目标“铁矿”为 300万吨；请使两者一致（或以“对应”关联）", finding.Message(Language.Zh));
        Assert.Single(finding.Related);
        // Not also "only in the text" or "never stated": the text does state the table's target, with a figure of its own.
        Assert.DoesNotContain("MP2019", Compile.Codes(findings));
        Assert.DoesNotContain("MP2020", Compile.Codes(findings));
    }

    [Fact]
    public void The_same_figure_under_another_comparator_is_another_figure()
    {
        var extra = TextIron.Replace("值: 350 万吨", "值: >= 300 万吨", StringComparison.Ordinal);
        Assert.Contains("MP2021", Compile.Codes(Compile.Diagnostics(Plan(stated: "{text_iron}、{mines}", extra: extra))));
        Assert.DoesNotContain("MP2021", Compile.Codes(Compile.Diagnostics(Plan(stated: "{text_iron}、{mines}", extra: extra.Replace(">= 300", "~ 300", StringComparison.Ordinal)))));
    }

    [Theory]
    [InlineData("值: 300 万吨", "口径: 累计", "矿种: 铁矿")]        // the same figure
    [InlineData("值: 0.03 亿吨", "口径: 累计", "矿种: 铁矿")]       // the same figure in another unit
    [InlineData("值: 350 万吨", "口径: 年度", "矿种: 铁矿")]        // another 口径: another target
    [InlineData("值: 350 万吨", "口径: 累计", "矿种: 金矿")]        // another mineral: another target (then MP2019)
    public void Near_misses_of_the_twin_are_quiet(string value, string basis, string mineral)
    {
        var extra = $$"""
            指标 text_iron "铁矿资源量（正文）" {
                {{mineral}}
                计量: 矿石量
                {{value}}
                {{basis}}
            }
            """;
        Assert.DoesNotContain("MP2021", Compile.Codes(Compile.Diagnostics(Plan(stated: "{text_iron}、{new_iron}、{mines}", extra: extra))));
    }

    [Fact]
    public void A_figure_linked_with_对应_is_left_to_MP2008_and_an_intended_difference_is_accepted_with_例外()
    {
        var linked = TextIron.Replace("口径: 累计", "口径: 累计\n    对应: new_iron", StringComparison.Ordinal);
        var codes = Compile.Codes(Compile.Diagnostics(Plan(stated: "{text_iron}、{mines}", extra: linked)));
        Assert.Contains("MP2008", codes);
        Assert.DoesNotContain("MP2021", codes);

        var accepted = TextIron + "\n例外 a { 规则: MP2021 对象: text_iron 理由: \"正文为资源量，表中为储量\" }";
        var kept = Assert.Single(Compile.Diagnostics(Plan(stated: "{text_iron}、{mines}", extra: accepted)), d => d.Code == "MP2021");
        Assert.Equal("正文为资源量，表中为储量", kept.AcceptedReason);
    }
}
