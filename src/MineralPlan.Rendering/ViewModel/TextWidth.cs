namespace MineralPlan.Rendering.ViewModel;

/// <summary>How wide a text sets, in half-character units: a CJK character takes two, anything else one; the widest line counts.</summary>
public static class TextWidth
{
    public static double Of(string text) =>
        text.Split('\n').Select(line => line.Sum(ch => ch > 0x2E80 ? 2.0 : 1.0)).DefaultIfEmpty(0).Max();
}
