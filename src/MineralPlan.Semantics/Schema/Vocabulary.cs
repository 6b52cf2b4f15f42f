using System.Collections.Frozen;
using MineralPlan.Abstractions.Diagnostics;

namespace MineralPlan.Semantics.Schema;

/// <summary>
/// A closed set of keywords (block kinds, property keys or enum values) looked up by any spelling.
/// </summary>
public sealed class Vocabulary
{
    private readonly FrozenDictionary<string, Keyword> _bySpelling;

    public Vocabulary(string name, string chineseName, IEnumerable<Keyword> keywords)
    {
        Named = new Bilingual(name, chineseName);
        Keywords = [.. keywords];
        _bySpelling = Keywords.SelectMany(k => k.Spellings.Select(s => (s, k)))
            .ToFrozenDictionary(p => p.s, p => p.k, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The set's name in both languages ("mineral class" / 矿类), for a message argument.</summary>
    public Bilingual Named { get; }

    public string Name => Named.En;

    public IReadOnlyList<Keyword> Keywords { get; }

    public Keyword? Find(string spelling) => _bySpelling.GetValueOrDefault(spelling);

    /// <summary>The canonical (English) spelling, or null when the word is not in this vocabulary.</summary>
    public string? Canonical(string spelling) => Find(spelling)?.English;

    public string Describe() => string.Join("、", Keywords.Select(k => k.Chinese));

    /// <summary>The Chinese words of <paramref name="canonical"/>, in this vocabulary's order (a set has none a reader could follow).</summary>
    public string ChineseOf(IReadOnlySet<string> canonical) =>
        string.Join(" ", Keywords.Where(k => canonical.Contains(k.English)).Select(k => k.Chinese));
}
