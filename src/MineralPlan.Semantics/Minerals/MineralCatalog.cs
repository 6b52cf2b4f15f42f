using System.Collections.Frozen;

namespace MineralPlan.Semantics.Minerals;

/// <summary>Minerals by name and alias. The shipped catalog is data (Catalog/minerals.mplan); plugins and plans extend it.</summary>
public sealed class MineralCatalog
{
    private readonly FrozenDictionary<string, MineralEntry> _byName;

    public MineralCatalog(IEnumerable<MineralEntry> entries)
    {
        Entries = [.. entries];
        var map = new Dictionary<string, MineralEntry>(StringComparer.Ordinal);
        foreach (var entry in Entries)
        {
            foreach (var name in entry.Aliases.Prepend(entry.Name))
            {
                map.TryAdd(Normalise(name), entry);
            }
        }

        _byName = map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public IReadOnlyList<MineralEntry> Entries { get; }

    public MineralEntry? Find(string name) => _byName.GetValueOrDefault(Normalise(name));

    public MineralCatalog With(IEnumerable<MineralEntry> more) => new(Entries.Concat(more));

    // Plans mix full-width and half-width parentheses (萤石(普通), 萤石（普通）) and both spellings of 黏土 (粘土, the
    // older one the 1994 细目 uses): each pair is one mineral.
    private static string Normalise(string name) =>
        name.Replace('（', '(').Replace('）', ')').Replace('粘', '黏').Replace(" ", string.Empty, StringComparison.Ordinal);
}
