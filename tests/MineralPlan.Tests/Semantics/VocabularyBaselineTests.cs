using System.Text;
using MineralPlan.Semantics.Schema;
using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.Semantics;

/// <summary>
/// The words of the language are what every plan is written in: each vocabulary, its names in messages, and every
/// spelling of every word are pinned in a baseline, so that adding, dropping or misspelling one is a reviewed diff.
/// </summary>
public sealed class VocabularyBaselineTests
{
    [Fact]
    public void Every_vocabulary_and_every_spelling_is_pinned()
    {
        var text = new StringBuilder();
        foreach (var vocabulary in Words.All)
        {
            text.Append("## ").Append(vocabulary.Named.En).Append(" / ").Append(vocabulary.Named.Zh).Append('\n');
            foreach (var keyword in vocabulary.Keywords)
            {
                text.Append(keyword.English).Append(" = ").Append(string.Join(" | ", keyword.Spellings.Skip(1))).Append('\n');
            }

            text.Append('\n');
        }

        Baseline.Match(text.ToString(), "model/vocabulary.txt");
    }

    [Fact]
    public void Every_spelling_reads_as_its_word()
    {
        foreach (var vocabulary in Words.All)
        {
            foreach (var keyword in vocabulary.Keywords)
            {
                Assert.All(keyword.Spellings, s => Assert.Equal(keyword.English, vocabulary.Canonical(s)));
                Assert.All(keyword.Spellings, s => Assert.Equal(keyword.English, vocabulary.Canonical(s.ToUpperInvariant())));
            }
        }
    }

    [Fact]
    public void A_word_of_another_set_is_not_read()
    {
        Assert.Null(Words.Levels.Canonical("重点勘查区"));
        Assert.Null(Words.Levels.Canonical(string.Empty));
    }
}
