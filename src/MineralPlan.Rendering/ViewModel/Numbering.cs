namespace MineralPlan.Rendering.ViewModel;

/// <summary>The house numbering of Chinese plan documents, computed, never typed.</summary>
public static class Numbering
{
    public static string Heading(int depth, int n) => depth switch
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
