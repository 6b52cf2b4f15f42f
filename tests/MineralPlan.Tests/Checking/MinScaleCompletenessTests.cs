using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.Checking;

/// <summary>MP3017 (DOMAIN.md C3): a mineral with an upper minimum that occurs here must be in this plan's 最低开采规模 table.</summary>
public sealed class MinScaleCompletenessTests
{
    private const string City = """
        规划 city {
            标题: "某市矿产资源规划（2021～2025年）"
            级别: 市级
            基期: 2020
            规划期: 2021..2025
        }

        最低开采规模 iron_min "铁矿" {
            矿种: 铁矿
            矿山类型: 全部
            值: 30 万吨/年
        }
        """;

    private static string County(string extra) => $$"""
        规划 county {
            标题: "某县矿产资源规划（2021～2025年）"
            级别: 县级
            上级规划: city
            基期: 2020
            规划期: 2021..2025
        }

        矿种方向 mine_key "重点开采矿种" {
            活动: 开采
            方向: 鼓励
            矿种: [铁矿, 建筑用砂石]
        }
        {{extra}}
        """;

    private static string Check(string countyExtra)
    {
        using var temp = new TempFolder();
        temp.Write("plans/city/plan.mplan", City);
        temp.Write("plans/county/plan.mplan", County(countyExtra));
        return CliRunner.RunIn(temp.Path, "check", "plans/county", "--lang", "en").Output;
    }

    [Fact]
    public void A_mineral_with_an_upper_minimum_that_occurs_here_but_is_not_listed_is_reported()
    {
        var output = Check(string.Empty);

        Assert.Contains("warning MP3017: 铁矿 occurs in this plan and city sets a minimum mining scale for it (30万吨/年)", output, StringComparison.Ordinal);
        Assert.DoesNotContain("建筑用砂石 occurs", output, StringComparison.Ordinal);   // city sets no minimum for it
    }

    [Fact]
    public void Listing_the_mineral_is_quiet()
    {
        var output = Check("""
            最低开采规模 iron "铁矿" {
                矿种: 铁矿
                矿山类型: 全部
                值: 30 万吨/年
            }
            """);

        Assert.DoesNotContain("MP3017", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mineral_that_does_not_occur_here_is_quiet()
    {
        using var temp = new TempFolder();
        temp.Write("plans/city/plan.mplan", City);
        temp.Write("plans/county/plan.mplan", County(string.Empty).Replace("[铁矿, 建筑用砂石]", "[建筑用砂石]", StringComparison.Ordinal));

        Assert.DoesNotContain("MP3017", CliRunner.RunIn(temp.Path, "check", "plans/county").Output, StringComparison.Ordinal);
    }
}
