using System.Text.RegularExpressions;
using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.Rendering;

/// <summary>
/// The rendered 喀左县 and 铁岭市 documents reproduce their seed texts: every paragraph, heading and
/// table cell of the seed appears in the Markdown, after normalising whitespace and the numbering the
/// tool computes (第X章, 第X节, 一、, （一）, 专栏X, 表N).
/// </summary>
public sealed partial class SeedFidelityTests
{
    [Theory]
    [InlineData("000_f6124609529ac95b.txt")]
    [InlineData("001_ed7f01d4e35f776a.txt")]
    public void The_checked_in_seed_copies_are_the_seeds_beside_the_checkout(string seed)
    {
        var original = Path.Combine(Repo.Root, "..", "shared", "seeds", seed);
        var copy = Repo.PathOf("tests/MineralPlan.Tests/Seeds/" + seed);
        Assert.True(File.Exists(copy), "tests/MineralPlan.Tests/Seeds holds a copy of each seed");
        if (File.Exists(original))
        {
            Assert.Equal(File.ReadAllBytes(original), File.ReadAllBytes(copy));
        }
    }

    [Theory]
    [InlineData("plans/kazuo", "000_f6124609529ac95b.txt", "kazuo.md", "总   则")]
    [InlineData("plans/tieling", "001_ed7f01d4e35f776a.txt", "tieling.md", "十四五时期")]
    public void Every_paragraph_and_cell_of_the_seed_is_in_the_rendered_document(string plan, string seed, string output, string bodyStart)
    {
        var seedPath = Repo.PathOf("tests/MineralPlan.Tests/Seeds/" + seed);
        using var temp = new TempFolder();
        var result = CliRunner.Run("render", plan, "--format", "md", "-o", temp.Path, "--force");
        Assert.Equal(0, result.ExitCode);
        var rendered = Normalise(MarkdownVisible.Of(File.ReadAllText(Path.Combine(temp.Path, output))).Replace("|", string.Empty, StringComparison.Ordinal));

        var text = File.ReadAllText(seedPath);
        var body = text[text.IndexOf(bodyStart, StringComparison.Ordinal)..];
        var missing = body.Split('\n')
            .SelectMany(line => line.Split('\t'))
            .Select(cell => Normalise(Numbering().Replace(cell.Trim(), string.Empty)))
            .Where(cell => cell.Length > 0 && !rendered.Contains(cell, StringComparison.Ordinal))
            .ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} seed fragments are missing from {output}, first: {string.Join(" | ", missing.Take(3))}");
    }

    private static string Normalise(string text) => Whitespace().Replace(text, string.Empty).Replace("*", string.Empty, StringComparison.Ordinal);

    [GeneratedRegex(@"^(第[一二三四五六七八九十]+[章节]|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|专栏[一二三四五六七八九十]+|表\d+)")]
    private static partial Regex Numbering();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
