using System.Text.Json;
using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.Cli;

/// <summary>check --explain prints each computed finding's derivation; JSON and SARIF always carry it.</summary>
public sealed class ExplainDerivationTests
{
    private const string Sum = "7个 (plans/kazuo/10_status.mplan:50:16) + 24个 (plans/kazuo/10_status.mplan:50:26) = 31个 ≠ 26个 (plans/kazuo/10_status.mplan:49:8)";

    [Fact]
    public void Explain_prints_every_value_compared_with_its_place()
    {
        var plain = CliRunner.Run("check", "plans/kazuo");
        var explained = CliRunner.Run("check", "plans/kazuo", "--explain");

        Assert.DoesNotContain("推导", plain.Output, StringComparison.Ordinal);
        Assert.Contains("  推导: " + Sum, explained.Output, StringComparison.Ordinal);
        Assert.Contains("  derivation: 17家 (plans/tieling/10_status.mplan:104:8) / 88家 (plans/tieling/10_status.mplan:98:8) = 19.3182% ≠ 19.13%",
            CliRunner.Run("check", "plans/tieling", "--explain", "--lang", "en").Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_and_sarif_carry_the_derivation_and_its_inputs()
    {
        var json = JsonDocument.Parse(CliRunner.Run("check", "plans/kazuo", "--format", "json").Output).RootElement;
        var sum = json.EnumerateArray().Single(d => d.GetProperty("code").GetString() == "MP2001");
        Assert.Equal(Sum, sum.GetProperty("derivation").GetString());
        Assert.Equal(["7个", "24个"], sum.GetProperty("inputs").EnumerateArray().Select(i => i.GetProperty("value").GetString()));
        Assert.Equal(50, sum.GetProperty("inputs")[1].GetProperty("line").GetInt32());

        var sarif = JsonDocument.Parse(CliRunner.Run("check", "plans/kazuo", "--format", "sarif").Output).RootElement;
        var result = sarif.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "MP2001");
        Assert.Equal(Sum, result.GetProperty("properties").GetProperty("derivation").GetString());
    }

    [Fact]
    public void Counts_and_shares_carry_their_derivations_too()
    {
        var count = Compile.Diagnostics("数量 zk \"重点勘查区\" {\n    类型: 重点勘查区\n    总数: 3 个\n    按级别: [省级 = 1 个, 市级 = 1 个]\n}\n")
            .Single(d => d.Code == "MP2006");
        Assert.Equal("省级 1个 (test.mplan:5:16) + 市级 1个 (test.mplan:5:26) = 2 ≠ 3个 (test.mplan:4:9)", count.Derivation!.Text);

        var share = Compile.Diagnostics("现状 m \"矿山\" {\n    年份: 2020\n    值: 211 个\n}\n现状 s \"占比\" {\n    年份: 2020\n    值: 26.92 %\n    比值: [m]\n}\n")
            .Single(d => d.Code == "MP2015");
        Assert.StartsWith("26.92% (test.mplan:", share.Derivation!.Text, StringComparison.Ordinal);
        Assert.EndsWith("= 56.8012, no whole number", share.Derivation.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_against_table_lists_and_areas_carry_their_derivations()
    {
        var sameAs = Compile.Diagnostics("指标 t \"矿山数量\" { 值: <= 30 个 }\n指标 x \"矿山数量（正文）\" { 值: <= 35 个 对应: t }\n")
            .Single(d => d.Code == "MP2008");
        Assert.Equal("≤35个 (test.mplan:3:22) ≠ ≤30个 (test.mplan:2:18) (text ≠ table)", sameAs.Derivation!.Text);

        var listed = Compile.Diagnostics("现状 x \"已发现矿产\" { 值: 3 种  矿种: [铁矿, 金矿] }\n").Single(d => d.Code == "MP2016");
        Assert.Equal("1 铁矿 (test.mplan:2:29) + 1 金矿 (test.mplan:2:33) = 2 ≠ 3种 (test.mplan:2:19)", listed.Derivation!.Text);

        var area = MineralPlan.Tests.Geometry.SpatialCheck.Run(
            "区块 A \"甲\" { 类型: 开采 面积: 1.5 km2 边界: [" + MineralPlan.Tests.Geometry.SpatialCheck.Box(40500000, 4500000, 40501000, 4501000) + "] }\n").Single(d => d.Code == "MP4008");
        Assert.Equal("1.5km2 (test.mplan:2:23) − 1 km² measured (test.mplan:2:31) = 0.5 km² > 0.01 km² allowed", area.Derivation!.Text);
    }
}
