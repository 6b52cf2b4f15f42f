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
}
