namespace MineralPlan.Checking;

/// <summary>
/// Document titles as compared by the citation rules: title brackets, spaces and the dash and parenthesis variants
/// plans mix (2021-2025, 2021—2025, 2021～2025; （） and ()) do not make another title.
/// </summary>
internal static class TitleText
{
    public static string Normalise(string text) =>
        new([.. text.Where(c => c is not ('《' or '》') && !char.IsWhiteSpace(c))
            .Select(c => c switch
            {
                '－' or '—' or '–' or '～' or '~' or '―' => '-',
                '（' => '(',
                '）' => ')',
                _ => c,
            })]);
}
