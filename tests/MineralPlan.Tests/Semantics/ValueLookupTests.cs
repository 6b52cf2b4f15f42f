using System.Collections.Immutable;
using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Semantics.Binding;
using MineralPlan.Semantics.Model;
using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.Semantics;

/// <summary>
/// What an interpolation hole reads, field by field and in both spellings of each field (the binder and the renderer
/// both go through ValueLookup, so this is what a paragraph prints).
/// </summary>
public sealed class ValueLookupTests
{
    private const string Body = """
        分区 ZC01 "东山集中开采区" {
            类型: 集中开采区
            面积: 1.25 km2
            投放数量: 2 个
            现有矿业权: 4 处
            最低规模: 20 万立方米/年
            其他属性: [备注 = "含尾矿"]
        }

        分区 ZK01 "西山重点勘查区" {
            类型: 重点勘查区
        }

        数量 blocks "勘查规划区块" {
            类型: 勘查
            总数: 8 个
            按级别: [省级 = 1 个, 市级 = 7 个]
            按矿类: [金属 = 3 个, 非金属 = 5 个]
            按行政区: [甲县 = 6 个, 乙县 = 2 个]
        }

        现状 plain "无单位" {
            值: 5
        }

        最低开采规模 gold "金矿" {
            矿种: 金矿
            值: 3 万吨/年
            约合: 50 万吨/年
        }

        现状 mines "矿山数量" {
            值: 26 个
            组成: [大中型 = 7 个, 小型 = 19 个]
        }
        """;

    private static readonly Plan Plan = Compile.Text(Compile.Header.Replace("}", "行政区: \"示例县\" }", StringComparison.Ordinal) + Body).Plan!;

    [Theory]
    [InlineData("ZC01", "1.25km2")]
    [InlineData("ZC01.rights", "2个")]
    [InlineData("ZC01.投放数量", "2个")]
    [InlineData("ZC01.existing_rights", "4处")]
    [InlineData("ZC01.现有矿业权", "4处")]
    [InlineData("ZC01.min_scale", "20万立方米/年")]
    [InlineData("ZC01.最低规模", "20万立方米/年")]
    [InlineData("ZC01.area", "1.25km2")]
    [InlineData("ZC01.面积", "1.25km2")]
    [InlineData("ZC01.备注", "含尾矿")]
    [InlineData("ZC01.name", "东山集中开采区")]
    [InlineData("ZC01.名称", "东山集中开采区")]
    [InlineData("blocks", "8个")]
    [InlineData("blocks.total", "8个")]
    [InlineData("blocks.总数", "8个")]
    [InlineData("blocks.by_level.市级", "7个")]
    [InlineData("blocks.按级别.省级", "1个")]
    [InlineData("blocks.市级", "7个")]
    [InlineData("blocks.按矿类.金属", "3个")]
    [InlineData("blocks.by_class.非金属", "5个")]
    [InlineData("blocks.按行政区.甲县", "6个")]
    [InlineData("blocks.by_region.乙县", "2个")]
    [InlineData("blocks.乙县", "2个")]
    [InlineData("blocks.按级别.省级.value", "1")]
    [InlineData("blocks.by_class.金属.值", "3")]
    [InlineData("plain.unit", "")]
    [InlineData("plain", "5")]
    [InlineData("gold.approx", "50万吨/年")]
    [InlineData("gold.约合", "50万吨/年")]
    [InlineData("gold.value", "3")]
    [InlineData("gold.值", "3")]
    [InlineData("gold.unit", "万吨/年")]
    [InlineData("gold.单位", "万吨/年")]
    [InlineData("mines.小型", "19个")]
    [InlineData("mines.小型.值", "19")]
    [InlineData("mines.小型.value", "19")]
    [InlineData("规划期.起", "2021")]
    [InlineData("规划期.from", "2021")]
    [InlineData("规划期.止", "2025")]
    [InlineData("规划期", "2021-2025")]
    [InlineData("基期", "2020")]
    [InlineData("行政区", "示例县")]
    public void A_hole_reads_the_field_it_names_in_either_language(string reference, string shown)
    {
        var result = Look(reference);
        Assert.True(result.Found, reference);
        Assert.Equal(shown, result.Display);
    }

    [Theory]
    [InlineData("ZK01.rights", "rights")]            // a zone without the field
    [InlineData("ZK01.area", "area")]
    [InlineData("ZK01.min_scale", "min_scale")]
    [InlineData("mines.approx", "approx")]           // only a minimum scale has 约合
    [InlineData("blocks.by_class.省级", "by_class.省级")]
    [InlineData("blocks.by_level.县级", "by_level.县级")]
    [InlineData("mines.中型", "中型")]
    [InlineData("ZC01.编号", "编号")]
    [InlineData("mines.小型.x", "小型.x")]              // after a label only its value may follow
    [InlineData("mines.小型.value.x", "小型.value.x")]
    [InlineData("blocks.按级别.省级.x", "按级别.省级.x")]
    [InlineData("blocks.按级别", "按级别")]            // a breakdown without its label
    [InlineData("ZC01.备注.x", "备注.x")]
    public void A_field_the_item_lacks_is_missing_and_named(string reference, string missing)
    {
        var result = Look(reference);
        Assert.False(result.Found, reference);
        Assert.Equal(missing, result.MissingField);
        Assert.Equal(string.Empty, result.Display);
    }

    private static LookupResult Look(string reference) =>
        ValueLookup.Lookup(Plan, new Reference([.. reference.Split('.')], SourceSpan.None("t")));
}
