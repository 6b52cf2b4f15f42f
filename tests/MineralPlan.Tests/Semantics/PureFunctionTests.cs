using System.Globalization;
using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Rendering.ViewModel;
using MineralPlan.Semantics;
using MineralPlan.Semantics.Model;
using MineralPlan.Semantics.Units;
using MineralPlan.Syntax.Tree;

namespace MineralPlan.Tests.Semantics;

/// <summary>The small pure functions everything else depends on: numerals, units, rounding, ranges.</summary>
public sealed class PureFunctionTests
{
    [Theory]
    [InlineData(1, "一")]
    [InlineData(9, "九")]
    [InlineData(10, "十")]
    [InlineData(11, "十一")]
    [InlineData(19, "十九")]
    [InlineData(20, "二十")]
    [InlineData(21, "二十一")]
    [InlineData(90, "九十")]
    [InlineData(99, "九十九")]
    [InlineData(100, "100")]
    [InlineData(0, "0")]
    public void Chinese_numerals(int n, string expected) => Assert.Equal(expected, ChineseNumerals.Of(n));

    [Theory]
    [InlineData("<", "&lt;")]
    [InlineData("a&b", "a&amp;b")]
    [InlineData("1>0", "1\\>0")]
    [InlineData("a\\b", "a\\\\b")]
    [InlineData("`x`", "\\`x\\`")]
    [InlineData("*_[]", "\\*\\_\\[\\]")]
    [InlineData("普通文字 100%", "普通文字 100%")]
    public void Markdown_escapes_every_markup_character_even_in_short_text(string text, string expected) =>
        Assert.Equal(expected, MineralPlan.Rendering.MarkdownText.Escape(text));

    [Theory]
    [InlineData("box", 1, "专栏一")]
    [InlineData("box", 11, "专栏十一")]
    [InlineData("appendix", 12, "附表12")]
    [InlineData("table", 3, "表3")]
    public void Table_numbers(string kind, int n, string expected) => Assert.Equal(expected, Numbering.Table(kind, n));

    [Theory]
    [InlineData("万吨", "2.5", "25000")]
    [InlineData("亿吨", "0.003", "300000")]
    [InlineData("千克", "500", "0.5")]
    [InlineData("万立方米", "20", "200000")]
    [InlineData("万立", "1", "10000")]
    [InlineData("公顷", "150", "1.5")]
    [InlineData("亩", "1500", "1")]
    [InlineData("平方米", "1000000", "1")]
    [InlineData("万元", "3", "30000")]
    public void Units_convert_to_their_base(string unit, string value, string expected)
    {
        var u = UnitCatalog.Find(unit)!;
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), Math.Round(u.ToBase(decimal.Parse(value, CultureInfo.InvariantCulture)), 12));
        // And back: a sum in the base unit prints in the unit it was written in.
        Assert.Equal(decimal.Parse(value, CultureInfo.InvariantCulture), Math.Round(u.FromBase(decimal.Parse(expected, CultureInfo.InvariantCulture)), 12));
    }

    [Fact]
    public void Per_year_units_are_compatible_only_with_per_year_units_of_their_dimension()
    {
        var rate = UnitCatalog.Find("万吨/年")!;
        Assert.True(rate.PerYear);
        Assert.True(rate.IsCompatibleWith(UnitCatalog.Find("吨/年")!));
        Assert.False(rate.IsCompatibleWith(UnitCatalog.Find("万吨")!));
        Assert.False(rate.IsCompatibleWith(UnitCatalog.Find("万立方米/年")!));
        Assert.Null(UnitCatalog.Find("万斤"));
        Assert.Null(UnitCatalog.Find("/年"));
    }

    [Theory]
    [InlineData("立方米/日", RatePeriod.Day)]
    [InlineData("吨/天", RatePeriod.Day)]
    [InlineData("t/d", RatePeriod.Day)]
    [InlineData("吨/时", RatePeriod.Hour)]
    [InlineData("立方米/小时", RatePeriod.Hour)]
    [InlineData("万吨/a", RatePeriod.Year)]
    [InlineData("万吨", RatePeriod.None)]
    public void Rates_per_day_and_per_hour_are_read_and_kept_apart_from_yearly_rates(string symbol, RatePeriod per)
    {
        var unit = UnitCatalog.Find(symbol)!;
        Assert.Equal(per, unit.Per);
        Assert.Equal(per == RatePeriod.Year, unit.PerYear);
        // Only the same period compares: 吨/日 is no fraction of 吨/年.
        foreach (var other in new[] { "吨", "吨/年", "吨/日", "吨/时" })
        {
            var o = UnitCatalog.Find(other)!;
            Assert.Equal(unit.Dimension == o.Dimension && o.Per == per, unit.IsCompatibleWith(o));
        }
    }

    [Fact]
    public void A_daily_rate_is_read_in_a_plan_and_shown_with_its_period()
    {
        var quantity = Q("500", "立方米/日");
        Assert.Equal(500m, quantity.BaseValue);
        Assert.Equal("体积/日", quantity.Unit!.DimensionName(chinese: true));
        Assert.Equal("volume per hour", UnitCatalog.Find("m3/h")!.DimensionName(chinese: false));
        Assert.Null(UnitCatalog.Find("/日"));
    }

    [Fact]
    public void Every_dimension_has_a_name_of_its_own_in_each_language()
    {
        var dimensions = Enum.GetValues<Dimension>();
        var zh = dimensions.Select(d => d.Name(chinese: true)).ToList();
        var en = dimensions.Select(d => d.Name(chinese: false)).ToList();
        Assert.Equal(dimensions.Length, zh.Distinct().Count());
        Assert.Equal(dimensions.Length, en.Distinct().Count());
        Assert.All(zh.Concat(en), n => Assert.True(n.Length >= 2, "every dimension has a name"));
        Assert.All(zh, n => Assert.DoesNotMatch("[A-Za-z]", n));   // no enum name leaks into a Chinese message
        Assert.All(en, n => Assert.Matches("^[a-z ]+$", n));
        Assert.Equal(("能量", "power"), (zh[(int)Dimension.Energy], en[(int)Dimension.Power]));
    }

    [Theory]
    [InlineData("26.92", "%", "0.005")]
    [InlineData("26", "%", "0.5")]
    [InlineData("475.5", "万吨", "500")]
    [InlineData("26", "个", "0")]   // counts are exact
    public void Rounding_is_half_the_last_written_digit_in_base_units(string number, string unit, string expected) =>
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), Quantities.RoundingOf(Q(number, unit)));

    [Theory]
    [InlineData("30.994", "30.99", true)]     // 30.99 ± 0.005 with inputs exact
    [InlineData("30.996", "30.99", false)]
    [InlineData("30.95", "31.0", true)]
    [InlineData("30.94", "31.0", false)]
    public void Sums_agree_within_the_stated_rounding(string computed, string stated, bool equal) =>
        Assert.Equal(equal, Quantities.EqualWithinRounding(decimal.Parse(computed, CultureInfo.InvariantCulture), Q(stated, "%"), []));

    [Theory]
    [InlineData("共有矿山42个", "共有矿山43个", "共有矿山【42】个", "共有矿山【43】个")]
    [InlineData("面积1.25km2", "面积1.5km2", "面积【1.25】km2", "面积【1.5】km2")]
    [InlineData("适用于全县", "适用于全县（不含开发区）", "适用于全县【】", "适用于全县【（不含开发区）】")]
    [InlineData("甲乙丙", "丁乙丙", "【甲】乙丙", "【丁】乙丙")]
    [InlineData("ab", "ab", "ab【】", "ab【】")]
    [InlineData("", "新", "【】", "【新】")]
    [InlineData("abc", "ab", "ab【c】", "ab【】")]     // one text begins the other
    [InlineData("aa", "aaa", "aa【】", "aa【a】")]     // the common end may not reach into the common beginning
    [InlineData("aaa", "aa", "aa【a】", "aa【】")]
    [InlineData("xab", "ab", "【x】ab", "【】ab")]
    [InlineData("截止2020年", "截至2020年", "截【止】2020年", "截【至】2020年")]   // a number the change only borders stays out
    [InlineData("2020年底止", "2020年底至", "2020年底【止】", "2020年底【至】")]
    [InlineData("共42个", "共42.5个", "共【42】个", "共【42.5】个")]
    [InlineData("10个", "105个", "【10】个", "【105】个")]     // a digit inserted in one text only still widens
    [InlineData("105个", "10个", "【105】个", "【10】个")]
    [InlineData("个10", "个510", "个【10】", "个【510】")]
    [InlineData("个510", "个10", "个【510】", "个【10】")]
    public void A_changed_paragraph_marks_the_differing_middle_widened_to_whole_numbers(string before, string after, string markedBefore, string markedAfter)
    {
        var (b, a) = MineralPlan.Semantics.Diff.PlanChange.Mark(before, after);
        Assert.Equal(markedBefore, b);
        Assert.Equal(markedAfter, a);
    }

    [Fact]
    public void Units_are_compatible_only_when_all_share_a_dimension()
    {
        Assert.True(Quantities.AllCompatible([Q("1", "万吨"), Q("2", "吨")]));
        Assert.False(Quantities.AllCompatible([Q("1", "万吨"), Q("2", "立方米")]));
        Assert.False(Quantities.AllCompatible([Q("1", "万吨"), Q("2", "吨"), Q("3", "立方米")]));
    }

    [Fact]
    public void A_sum_agrees_within_the_rounding_of_the_stated_total_and_of_its_parts()
    {
        // 7.4 + 2.4 = 9.8 stated as 10 (± 0.5) — and 9.4 is still within 0.5 + 0.05 + 0.05.
        Assert.True(Quantities.EqualWithinRounding(9.45m, Q("10", "%"), [Q("7.4", "%"), Q("2.4", "%")]));
        Assert.False(Quantities.EqualWithinRounding(9.35m, Q("10", "%"), [Q("7.4", "%"), Q("2.4", "%")]));
        Assert.Equal(0.05m, Quantities.RoundingOf(Q(".5", "%")));
    }

    [Theory]
    [InlineData("1.2", "万吨", "12000", "吨", false)]        // the same amount in another unit
    [InlineData("1.2", "万吨", "12490", "吨", false)]        // within the rounding of 1.2万吨 (± 500 t)
    [InlineData("1.2", "万吨", "12510", "吨", true)]         // just beyond it
    [InlineData("12", "个", "12", "万吨", true)]             // another kind of unit
    [InlineData("12", "", "12", "", false)]                  // bare numbers: equal values
    [InlineData("12", "", "12.0001", "", true)]              // bare numbers: any difference
    [InlineData("12", "个", "12", "", false)]                // one side bare: the values decide
    [InlineData("12", "个", "13", "", true)]
    public void A_restated_figure_disagrees_beyond_rounding_or_in_its_kind_of_unit(string a, string unitA, string b, string unitB, bool disagree) =>
        Assert.Equal(disagree, Quantities.Disagree(Q(a, unitA), Q(b, unitB)));

    [Theory]
    [InlineData(Comparator.LessOrEqual, Comparator.GreaterOrEqual, true)]
    [InlineData(Comparator.LessOrEqual, Comparator.Equal, true)]
    [InlineData(Comparator.LessOrEqual, Comparator.LessOrEqual, false)]
    [InlineData(Comparator.About, Comparator.GreaterOrEqual, false)]   // 约 agrees with any comparator
    [InlineData(Comparator.LessOrEqual, Comparator.About, false)]
    public void A_restated_figure_disagrees_in_its_comparator_unless_either_is_about(Comparator restated, Comparator original, bool disagree) =>
        Assert.Equal(disagree, Quantities.Disagree(Q("30", "万吨") with { Comparator = restated }, Q("30", "万吨") with { Comparator = original }));

    [Theory]
    [InlineData("万吨/年", "质量/年", "mass per year")]
    [InlineData("立方米/日", "体积/日", "volume per day")]
    [InlineData("吨/时", "质量/时", "mass per hour")]
    [InlineData("万吨", "质量", "mass")]
    public void A_rate_is_named_by_its_dimension_and_period(string symbol, string zh, string en)
    {
        var unit = UnitCatalog.Find(symbol)!;
        Assert.Equal((zh, en), (unit.DimensionName(chinese: true), unit.DimensionName(chinese: false)));
    }

    [Fact]
    public void A_unit_is_found_through_spaces_and_with_one_period_only()
    {
        var spaced = UnitCatalog.Find("万吨 / 年");
        Assert.NotNull(spaced);
        Assert.Equal(RatePeriod.Year, spaced.Per);
        Assert.Equal("万吨 / 年", spaced.Symbol);   // the symbol stays as written
        Assert.Null(UnitCatalog.Find("万吨/日/年"));  // a rate of a rate is no unit
        Assert.Null(UnitCatalog.Find("/年"));
    }

    [Fact]
    public void The_computable_range_is_inclusive_at_both_ends()
    {
        var tonne = UnitCatalog.Find("吨");
        Assert.True(QuantityRange.Fits(1e15m, tonne));
        Assert.False(QuantityRange.Fits(1.0000001e15m, tonne));
        Assert.True(QuantityRange.Fits(1e-10m, tonne));
        Assert.False(QuantityRange.Fits(0.9e-10m, tonne));
        Assert.True(QuantityRange.Fits(0m, tonne));
        Assert.True(QuantityRange.Fits(-1e15m, tonne));
        // 10^11 亿吨 is 10^19 t: beyond, though the number itself is small.
        Assert.False(QuantityRange.Fits(1e8m, UnitCatalog.Find("亿吨")));
        Assert.True(QuantityRange.Fits(1e7m, UnitCatalog.Find("亿吨")));
    }

    [Theory]
    [InlineData("0.01", "0.01")]
    [InlineData("1.23456", "1.2346")]
    [InlineData("2", "2")]
    public void Km2_prints_at_most_four_decimals(string km2, string expected) =>
        Assert.Equal(expected, MineralPlan.Geometry.Spatial.Tolerances.Km2(double.Parse(km2, CultureInfo.InvariantCulture)));

    private static Quantity Q(string number, string unit) =>
        new(decimal.Parse(number, CultureInfo.InvariantCulture), number, Comparator.Equal, unit.Length == 0 ? null : UnitCatalog.Find(unit), unit.Length == 0 ? null : unit, SourceSpan.None("t"));
}
