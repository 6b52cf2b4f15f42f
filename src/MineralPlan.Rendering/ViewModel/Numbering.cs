using System.Globalization;

namespace MineralPlan.Rendering.ViewModel;

/// <summary>The house numbering of Chinese plan documents, computed, never typed.</summary>
public static class Numbering
{
    public static string Heading(int depth, int n) => Heading(null, depth, n);

    /// <param name="scheme">编号体例: "items" numbers the top level 一、 and goes down the GB/T 9704 levels
    /// (一、 （一） 1. （1））; anything else is the chapter scheme 第一章 第一节 一、 （一）.</param>
    public static string Heading(string? scheme, int depth, int n) => scheme == "items"
        ? depth switch
        {
            1 => $"{ChineseNumerals.Of(n)}、",
            2 => $"（{ChineseNumerals.Of(n)}）",
            3 => string.Create(CultureInfo.InvariantCulture, $"{n}."),
            _ => string.Create(CultureInfo.InvariantCulture, $"（{n}）"),
        }
        : depth switch
        {
            1 => $"第{ChineseNumerals.Of(n)}章",
            2 => $"第{ChineseNumerals.Of(n)}节",
            3 => $"{ChineseNumerals.Of(n)}、",
            _ => $"（{ChineseNumerals.Of(n)}）",
        };

    public static string Table(string kind, int n) => kind switch
    {
        "box" => $"专栏{ChineseNumerals.Of(n)}",
        "appendix" => $"附表{n}",
        _ => $"表{n}",
    };
}
