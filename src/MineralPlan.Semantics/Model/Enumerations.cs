using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Text;

namespace MineralPlan.Semantics.Model;

// The closed sets of the model, as types: rules compare these, never strings. Each member is a word of a
// vocabulary of Schema.Words, its canonical English spelling in PascalCase (concentrated_mining ->
// ConcentratedMining); a test keeps every enum and its vocabulary in step, so a word added to Words without its
// member (or the reverse) fails there.

/// <summary>Marks an enum whose members are the words of a vocabulary (<see cref="Schema.Words"/>).</summary>
[AttributeUsage(AttributeTargets.Enum)]
public sealed class VocabularyAttribute(string vocabulary) : Attribute
{
    public string Vocabulary { get; } = vocabulary;
}

/// <summary>级别: the level of a plan, zone or block.</summary>
[Vocabulary(nameof(Schema.Words.Levels))]
public enum PlanLevel
{
    National,
    Province,
    City,
    County,
}

/// <summary>分区类型.</summary>
[Vocabulary(nameof(Schema.Words.ZoneKinds))]
public enum ZoneKind
{
    NationalPlanningArea,
    KeyExploration,
    KeyMining,
    ConcentratedMining,
    MiningEconomy,
    EnergyBase,
    ExplorationDevelopment,
}

/// <summary>区块类型: 勘查 or 开采.</summary>
[Vocabulary(nameof(Schema.Words.BlockKinds))]
public enum BlockKind
{
    Exploration,
    Mining,
}

/// <summary>矿种方向: 主攻/鼓励/适度/限制/禁止.</summary>
[Vocabulary(nameof(Schema.Words.Stances))]
public enum Stance
{
    Key,
    Encouraged,
    Moderate,
    Restricted,
    Prohibited,
}

/// <summary>活动: 勘查 or 开采.</summary>
[Vocabulary(nameof(Schema.Words.Activities))]
public enum Activity
{
    Exploration,
    Mining,
}

/// <summary>指标属性: 预期性/约束性/控制性.</summary>
[Vocabulary(nameof(Schema.Words.Attributes))]
public enum TargetAttribute
{
    Expected,
    Binding,
    Control,
}

/// <summary>口径: 累计/年度/期末.</summary>
[Vocabulary(nameof(Schema.Words.Bases))]
public enum TargetBasis
{
    Cumulative,
    Annual,
    EndOfPeriod,
}

/// <summary>表格类型: 专栏/表/附表.</summary>
[Vocabulary(nameof(Schema.Words.TableKinds))]
public enum TableKind
{
    Box,
    Table,
    Appendix,
}

/// <summary>矿业权类型: 探矿权 or 采矿权.</summary>
[Vocabulary(nameof(Schema.Words.RightKinds))]
public enum RightKind
{
    Exploration,
    Mining,
}

/// <summary>矿山类型 a minimum scale or an application applies to.</summary>
[Vocabulary(nameof(Schema.Words.MineKinds))]
public enum MineKind
{
    New,
    Expanded,
    NewOrExpanded,
    Existing,
    Renewal,
    All,
}

/// <summary>Canonical words and model enums, both ways.</summary>
public static class Enumerations
{
    private static readonly ConcurrentDictionary<Enum, string> Words = new();

    /// <summary>The member a canonical word names (concentrated_mining -> ConcentratedMining); null for null or an unknown word.</summary>
    public static T? Parse<T>(string? word)
        where T : struct, Enum =>
        word is not null && Members<T>.ByWord.TryGetValue(word, out var value) ? value : null;

    /// <summary>The canonical (English) word of a member: ConcentratedMining -> concentrated_mining.</summary>
    public static string Word(this Enum value) => Words.GetOrAdd(value, v =>
    {
        var name = v.ToString();
        var word = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                word.Append('_');
            }

            word.Append(char.ToLowerInvariant(name[i]));
        }

        return word.ToString();
    });

    /// <summary>The member's Chinese word, as documents print it.</summary>
    public static string Chinese(this Enum value) =>
        Vocabulary(value.GetType())?.Find(value.Word())?.Chinese ?? value.Word();

    /// <summary>The vocabulary an enum type's members come from.</summary>
    public static Schema.Vocabulary? Vocabulary(Type enumType) => Vocabularies.GetOrAdd(enumType, static t =>
        t.GetCustomAttributes(typeof(VocabularyAttribute), false) is [VocabularyAttribute a]
            ? typeof(Schema.Words).GetField(a.Vocabulary)?.GetValue(null) as Schema.Vocabulary
            : null);

    /// <summary>The vocabulary of <typeparamref name="T"/>, looked up once: binding asks for it per property read.</summary>
    public static Schema.Vocabulary? Vocabulary<T>()
        where T : struct, Enum => Members<T>.Vocabulary;

    private static readonly ConcurrentDictionary<Type, Schema.Vocabulary?> Vocabularies = new();

    // Why a table per type instead of Enum.TryParse: binding reads one of these per item, and parsing the name by
    // reflection (with the underscore removed and the word rebuilt to compare) was a measurable part of binding.
    private static class Members<T>
        where T : struct, Enum
    {
        public static readonly FrozenDictionary<string, T> ByWord =
            Enum.GetValues<T>().ToDictionary(v => v.Word(), v => v, StringComparer.Ordinal).ToFrozenDictionary(StringComparer.Ordinal);

        public static readonly Schema.Vocabulary? Vocabulary = Enumerations.Vocabulary(typeof(T));
    }
}
