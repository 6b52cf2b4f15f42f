using MineralPlan.LanguageServer;
using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.LanguageServer;

/// <summary>
/// The VS Code extension's TextMate grammar is generated from the language's dictionary (a class of its own, so that the
/// mutation runs, which leave out the extension's Node tests, still run it).
/// </summary>
public sealed class TextMateGrammarTests
{
    private static readonly string Extension = Repo.PathOf("src/vscode-mplan");

    [Fact]
    public void The_grammar_file_is_what_the_dictionary_generates()
    {
        var file = Path.Combine(Extension, "syntaxes", "mplan.tmLanguage.json");
        var expected = TextMateGrammar.Generate();
        if (Environment.GetEnvironmentVariable("MPLAN_UPDATE_BASELINES") == "1")
        {
            File.WriteAllText(file, expected);
        }

        Assert.True(File.Exists(file), "run tests/update-baselines.sh to generate " + file);
        Assert.Equal(expected, File.ReadAllText(file));
        Assert.Contains("最低开采规模", expected, StringComparison.Ordinal);
        Assert.Contains("万吨", expected, StringComparison.Ordinal);
    }
}
