using System.Globalization;
using System.Text.RegularExpressions;
using MineralPlan.Semantics.Units;
using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.Semantics;

/// <summary>grammar/LANGUAGE.md's unit table and the unit catalog are the same, spelling by spelling.</summary>
public sealed partial class UnitTableTests
{
    private static IEnumerable<(string Spelling, string Dimension, decimal Factor)> Documented()
    {
        var doc = File.ReadAllText(Repo.PathOf("grammar/LANGUAGE.md"));
        foreach (Match row in Row().Matches(doc))
        {
            foreach (var spelling in row.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                yield return (spelling, row.Groups[2].Value, decimal.Parse(row.Groups[3].Value, CultureInfo.InvariantCulture));
            }
        }
    }

    [Fact]
    public void Every_documented_spelling_is_a_unit_of_its_dimension_and_factor()
    {
        var documented = Documented().ToList();
        Assert.True(documented.Count > 50, "the unit table was not found in grammar/LANGUAGE.md");
        Assert.All(documented, d =>
        {
            var unit = UnitCatalog.Find(d.Spelling);
            Assert.True(unit is not null, $"{d.Spelling} is documented but not a unit");
            Assert.Equal(d.Dimension, unit!.Dimension.ToString().ToLowerInvariant());
            Assert.Equal(d.Factor, unit.Factor);
            Assert.False(unit.PerYear);
            Assert.True(UnitCatalog.Find(d.Spelling + "/年")!.PerYear);
        });
    }

    [Fact]
    public void Every_unit_of_the_catalog_is_documented()
    {
        var documented = Documented().Select(d => d.Spelling).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var missing = UnitCatalog.Symbols.Where(s => !documented.Contains(s)).ToList();
        Assert.True(missing.Count == 0, "not documented: " + string.Join(" ", missing));
    }

    [GeneratedRegex(@"^\| ([^|]+) \| (mass|volume|area|count|money|percent|power|energy|length|time) \| ([0-9.]+) \|$", RegexOptions.Multiline)]
    private static partial Regex Row();
}
