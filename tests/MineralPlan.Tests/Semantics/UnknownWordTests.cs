using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.Semantics;

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
        Assert.StartsWith(zh, finding.Message(Language.Zh), StringComparison.Ordinal);
        Assert.StartsWith(en, finding.Message(Language.En), StringComparison.Ordinal);
    }
}
