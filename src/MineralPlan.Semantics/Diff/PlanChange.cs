namespace MineralPlan.Semantics.Diff;

/// <summary>One row of a 修改对照表: what changed, before, after, and a remark (e.g. an area delta).</summary>
public sealed record PlanChange(string Kind, string Subject, string? Before, string? After, string Remark)
{
    /// <summary>Before and after with the part that differs set in 【】, for a changed paragraph; null otherwise.</summary>
    public (string Before, string After)? Marked { get; init; }

    /// <summary>Marks the differing middle of two texts (what is left after their common beginning and end) with 【】.</summary>
    public static (string Before, string After) Mark(string before, string after)
    {
        var prefix = 0;
        while (prefix < before.Length && prefix < after.Length && before[prefix] == after[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < before.Length - prefix && suffix < after.Length - prefix && before[^(suffix + 1)] == after[^(suffix + 1)])
        {
            suffix++;
        }

        // Widen to whole numbers, so 42 → 43 is marked as 【42】 → 【43】, not as 4【2】 → 4【3】; a number the change
        // only borders (截止2020 → 截至2020) stays outside the mark.
        var changedBefore = before[prefix..^suffix];
        var changedAfter = after[prefix..^suffix];
        var startsInNumber = IsNumberChar(changedBefore.FirstOrDefault()) || IsNumberChar(changedAfter.FirstOrDefault());
        var endsInNumber = IsNumberChar(changedBefore.LastOrDefault()) || IsNumberChar(changedAfter.LastOrDefault());
        while (startsInNumber && prefix > 0 && IsNumberChar(before[prefix - 1]))
        {
            prefix--;
        }

        while (endsInNumber && suffix > 0 && IsNumberChar(before[^suffix]))
        {
            suffix--;
        }

        string Set(string text) => text[..prefix] + "【" + text[prefix..^suffix] + "】" + text[^suffix..];
        return (Set(before), Set(after));
    }

    private static bool IsNumberChar(char c) => char.IsAsciiDigit(c) || c == '.';
}
