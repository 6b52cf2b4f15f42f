using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.Checking;

/// <summary>MP2002: a total whose parts add mass to volume, named against the total's unit or, without one, the first part's.</summary>
public sealed class MixedUnitsTests
{
    private static IReadOnlyList<Diagnostic> Findings(string fact) => [.. Compile.Diagnostics(fact).Where(d => d.Code == "MP2002")];

    [Fact]
    public void A_part_in_volume_under_a_total_in_mass_is_named_against_the_total()
    {
        var finding = Assert.Single(Findings("现状 o \"年开采总量\" { 值: 475.5 万吨 组成: [金 = 29.5 万吨, 石料 = 178 万立方米] }"));
        Assert.Equal("'年开采总量' adds 年开采总量 (万吨) to 石料 (万立方米); state mass and volume as separate totals", finding.Message(Language.En));
        Assert.Equal("“年开采总量”把年开采总量（万吨）与石料（万立方米）相加；质量与体积应分别合计", finding.Message(Language.Zh));
        Assert.Equal("现状 o \"年开采总量\" { 值: 475.5 万吨 组成: [金 = 29.5 万吨, ".Length + 1, finding.Span.Column);   // at 石料
    }

    [Fact]
    public void Without_a_total_the_first_part_with_a_unit_is_the_reference()
    {
        var finding = Assert.Single(Findings("现状 o \"年开采总量\" { 组成: [其他 = 3, 金 = 29.5 万吨, 石料 = 178 万立方米, 砂 = 5 万立方米] }"));
        Assert.Equal("'年开采总量' adds 金 (万吨) to 石料 (万立方米); state mass and volume as separate totals", finding.Message(Language.En));
    }

    [Theory]
    [InlineData("现状 o { 值: 200 万吨 组成: [金 = 29.5 万吨, 石料 = 1700000 吨] }")]   // one dimension, two units
    [InlineData("现状 o { 组成: [甲 = 3, 乙 = 4] }")]                                    // no units at all
    public void Parts_of_one_dimension_or_without_units_are_quiet(string fact) => Assert.Empty(Findings(fact));
}
