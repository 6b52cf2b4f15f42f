using MineralPlan.Semantics;
using MineralPlan.Semantics.Model;
using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.Semantics;

/// <summary>
/// The properties no shipped plan uses (上级标题, 资源储量, 所在行政区, 按矿种, 计量, 单位文本, 其中, 对应, 矿种定义's fields …),
/// each written once in a synthetic plan: the plan binds without a finding and its model is a reviewed baseline, so a
/// property read under the wrong key or into the wrong field shows up as a diff.
/// </summary>
public sealed class EveryPropertyTests
{
    private const string Folder = "tests/MineralPlan.Tests/Cases/every-property";

    [Fact]
    public void Every_rarely_used_property_binds_into_its_field()
    {
        var compilation = PlanLoader.LoadFolder(Repo.PathOf(Folder), Repo.Root);
        Assert.NotNull(compilation?.Plan);
        Assert.Empty(compilation.Diagnostics);
        Baseline.Match(ModelDump.Write(compilation.Plan), "model/every-property.model.txt");
    }
}

/// <summary>MP1007 names the set a word is missing from in the message's own language.</summary>
public sealed class UnknownWordTests
{
    [Theory]
    [InlineData("区块 B { 矿类: 金属矿产 }", "“金属矿产”不是有效的矿类；可用：能源、金属、非金属、水气", "'金属矿产' is not a mineral class; use one of: 能源、金属、非金属、水气")]
    [InlineData("分区 Z { 级别: 乡级 }", "“乡级”不是有效的级别；可用：", "'乡级' is not a level; use one of: ")]
    [InlineData("数量 n { 类型: 勘探 }", "“勘探”不是有效的区块或分区类型；可用：", "'勘探' is not a block or zone kind; use one of: ")]
    public void An_unknown_word_is_named_with_its_set_in_each_language(string body, string zh, string en)
    {
        var finding = Assert.Single(Compile.Diagnostics(body), d => d.Code == "MP1007");
        Assert.StartsWith(zh, finding.Message(MineralPlan.Abstractions.Diagnostics.Language.Zh), StringComparison.Ordinal);
        Assert.StartsWith(en, finding.Message(MineralPlan.Abstractions.Diagnostics.Language.En), StringComparison.Ordinal);
    }
}
