using MineralPlan.Semantics.Schema;
using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.Semantics;

/// <summary>grammar/LANGUAGE.md documents every block and property keyword in both spellings.</summary>
public sealed class LanguageReferenceTests
{
    [Fact]
    public void Every_block_and_property_keyword_is_documented_in_english_and_chinese()
    {
        var doc = File.ReadAllText(Repo.PathOf("grammar/LANGUAGE.md"));
        foreach (var keyword in Words.Blocks.Keywords.Concat(Words.Properties.Keywords))
        {
            Assert.True(doc.Contains(keyword.English, StringComparison.Ordinal) && doc.Contains(keyword.Chinese, StringComparison.Ordinal),
                $"{keyword.English} / {keyword.Chinese} is not documented in grammar/LANGUAGE.md");
        }
    }

    [Fact]
    public void Spellings_do_not_collide_within_a_vocabulary()
    {
        foreach (var vocabulary in Words.All)
        {
            var spellings = vocabulary.Keywords.SelectMany(k => k.Spellings).ToList();
            Assert.Equal(spellings.Count, spellings.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        }
    }
}
