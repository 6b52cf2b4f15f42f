using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.Checking;

/// <summary>MP2017: one plan encouraging and prohibiting the same mineral for the same activity.</summary>
public sealed class SelfContradictoryDirectionTests
{
    private static string Plan(string secondActivity = "开采", string condition = "") => $$"""
        矿种方向 enc "鼓励开采矿种" {
            活动: 开采
            方向: 鼓励
            矿种: [铁矿, 金矿]
        }

        矿种方向 ban "禁止开采矿种" {
            活动: {{secondActivity}}
            方向: 禁止
            矿种: [铁矿, 砖瓦用粘土]
            {{condition}}
        }
        """;

    [Fact]
    public void Encouraging_and_prohibiting_one_mineral_for_one_activity_is_reported_once_at_the_mineral()
    {
        var findings = Compile.Diagnostics(Plan());

        var finding = Assert.Single(findings, d => d.Code == "MP2017");
        Assert.Equal("本规划将铁矿列为开采鼓励矿种，又对其禁止（“禁止开采矿种”）；请删去其一，或为范围较窄的一方写明条件",
            finding.Message(MineralPlan.Abstractions.Diagnostics.Language.Zh));
        Assert.Single(finding.Related);
    }

    [Fact]
    public void Different_activities_or_a_condition_are_quiet()
    {
        Assert.DoesNotContain("MP2017", Compile.Codes(Compile.Diagnostics(Plan(secondActivity: "勘查"))));
        Assert.DoesNotContain("MP2017", Compile.Codes(Compile.Diagnostics(Plan(condition: "条件: \"生态保护红线内\""))));
    }

    [Fact]
    public void The_related_place_is_the_other_direction_with_its_stance_in_each_language()
    {
        var finding = Assert.Single(Compile.Diagnostics(Plan()), d => d.Code == "MP2017");
        var related = Assert.Single(finding.Related);
        Assert.Equal(("禁止开采矿种: prohibited", "“禁止开采矿种”：禁止"), (related.MessageEn, related.MessageZh));
        Assert.Equal(8, related.Span.Line);
        Assert.Equal(5, finding.Span.Line);   // the encouraged mineral
    }

    [Theory]
    [InlineData("鼓励", "限制", true)]    // restricting is against encouraging too
    [InlineData("重点", "禁止", true)]
    [InlineData("鼓励", "鼓励", false)]
    [InlineData("限制", "禁止", false)]   // restricting and prohibiting agree
    public void Encouraged_or_key_against_restricted_or_prohibited(string first, string second, bool fires) =>
        Assert.Equal(fires, Compile.Codes(Compile.Diagnostics(Plan().Replace("方向: 鼓励", "方向: " + first, StringComparison.Ordinal).Replace("方向: 禁止", "方向: " + second, StringComparison.Ordinal)))
            .Contains("MP2017", StringComparison.Ordinal));

    [Fact]
    public void An_encouragement_with_a_condition_is_narrower_and_quiet() =>
        Assert.DoesNotContain("MP2017", Compile.Codes(Compile.Diagnostics(Plan().Replace("    方向: 鼓励\n", "    方向: 鼓励\n    条件: \"大中型矿山\"\n", StringComparison.Ordinal))));
}
