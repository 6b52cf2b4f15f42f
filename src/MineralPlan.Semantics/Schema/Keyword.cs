namespace MineralPlan.Semantics.Schema;

/// <summary>A word of the language with its English and Chinese spellings (and accepted variants).</summary>
public sealed record Keyword(string English, string Chinese, params string[] Variants)
{
    public IEnumerable<string> Spellings => new[] { English, Chinese }.Concat(Variants);
}
