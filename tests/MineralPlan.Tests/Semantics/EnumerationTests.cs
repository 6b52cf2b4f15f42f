using MineralPlan.Semantics.Model;

namespace MineralPlan.Tests.Semantics;

/// <summary>The model's closed sets are enums, each in step with its vocabulary of Words.cs.</summary>
public sealed class EnumerationTests
{
    private static IEnumerable<Type> VocabularyEnums() =>
        typeof(Plan).Assembly.GetTypes().Where(t => t.IsEnum && Enumerations.Vocabulary(t) is not null);

    [Fact]
    public void Every_enum_member_is_a_word_of_its_vocabulary_and_every_word_a_member()
    {
        var enums = VocabularyEnums().ToList();
        Assert.True(enums.Count >= 10, "the model's enumerations carry [Vocabulary]");
        foreach (var type in enums)
        {
            var vocabulary = Enumerations.Vocabulary(type)!;
            var members = Enum.GetValues(type).Cast<Enum>().Select(e => e.Word()).ToList();
            Assert.Equal(vocabulary.Keywords.Select(k => k.English).Order(StringComparer.Ordinal), members.Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void Words_and_members_convert_both_ways_and_unknown_words_are_null()
    {
        Assert.Equal(ZoneKind.ConcentratedMining, Enumerations.Parse<ZoneKind>("concentrated_mining"));
        Assert.Equal("concentrated_mining", ZoneKind.ConcentratedMining.Word());
        Assert.Equal("集中开采区", ZoneKind.ConcentratedMining.Chinese());
        Assert.Equal(MineKind.NewOrExpanded, Enumerations.Parse<MineKind>("new_or_expanded"));
        Assert.Equal("省级", PlanLevel.Province.Chinese());
        Assert.Null(Enumerations.Parse<ZoneKind>("concentratedmining"));   // only the canonical spelling
        Assert.Null(Enumerations.Parse<ZoneKind>("ConcentratedMining"));
        Assert.Null(Enumerations.Parse<PlanLevel>(null));
        Assert.Null(Enumerations.Parse<Stance>("7"));                      // no number sneaks in as a member
    }
}
