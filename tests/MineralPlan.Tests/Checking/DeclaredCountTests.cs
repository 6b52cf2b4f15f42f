using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.Checking;

/// <summary>MP2006: each breakdown of a 数量 adds up to its total, and the items it counts number the total.</summary>
public sealed class DeclaredCountTests
{
    private static IReadOnlyList<Diagnostic> Findings(string body) => [.. Compile.Diagnostics(body).Where(d => d.Code == "MP2006")];

    [Theory]
    [InlineData("按级别: [省级 = 3 个, 市级 = 13 个]", "by level", "按级别")]
    [InlineData("按矿类: [金属 = 4 个, 非金属 = 12 个]", "by class", "按矿类")]
    [InlineData("按矿种: [金矿 = 4 个, 萤石 = 12 个]", "by mineral", "按矿种")]
    [InlineData("按行政区: [\"甲县\" = 4 个, \"乙县\" = 12 个]", "by region", "按行政区")]
    public void Each_breakdown_that_misses_the_total_is_named_with_its_sum_and_derivation(string breakdown, string en, string zh)
    {
        var finding = Assert.Single(Findings($"数量 c \"勘查规划区块\" {{ 类型: 勘查 总数: 17 个 {breakdown} }}"));
        Assert.Equal($"'勘查规划区块': {en} gives 16, but the total is 17个; make the breakdown and the total agree", finding.Message(Language.En));
        Assert.Equal($"“勘查规划区块”：{zh}合计 16，但总数为 17个；请使分项与总数一致", finding.Message(Language.Zh));
        Assert.EndsWith("= 16 ≠ 17个 (test.mplan:2:28)", finding.Derivation!.Text, StringComparison.Ordinal);
        Assert.Equal(2, finding.Derivation.Inputs.Length);
    }

    [Fact]
    public void Breakdowns_that_add_up_are_quiet_and_each_is_judged_alone() =>
        Assert.Equal(["按矿类"], Findings("数量 c { 类型: 勘查 总数: 17 个 按级别: [省级 = 4 个, 市级 = 13 个] 按矿类: [金属 = 4 个, 非金属 = 12 个] }").Select(f => f.Args[1]?.ToString()));

    [Fact]
    public void Items_counted_that_do_not_number_the_total_are_reported_at_the_total_with_their_ids()
    {
        var finding = Assert.Single(Findings("数量 c { 类型: 勘查 总数: 3 个 }\n区块 KC01 \"甲\" { 类型: 勘查 }\n区块 KC02 \"乙\" { 类型: 勘查 }\n区块 CK01 \"丙\" { 类型: 开采 }\n"));
        Assert.StartsWith("'c': itemised entries gives 2, but the total is 3个", finding.Message(Language.En), StringComparison.Ordinal);
        Assert.StartsWith("“c”：逐项列出的条目合计 2，", finding.Message(Language.Zh), StringComparison.Ordinal);
        Assert.Matches(@"^KC01 \(test\.mplan:3:\d+\) \+ KC02 \(test\.mplan:4:\d+\) = 2 ≠ 3个 \(test\.mplan:2:\d+\)$", finding.Derivation!.Text);
    }

    [Fact]
    public void As_many_items_as_the_total_or_none_at_all_is_quiet()
    {
        Assert.Empty(Findings("数量 c { 类型: 勘查 总数: 2 个 }\n区块 KC01 \"甲\" { 类型: 勘查 }\n区块 KC02 \"乙\" { 类型: 勘查 }\n"));
        Assert.Empty(Findings("数量 c { 类型: 勘查 总数: 2 个 }\n"));
    }
}
