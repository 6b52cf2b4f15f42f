using System.Globalization;
using MineralPlan.Geometry.Crs;
using MineralPlan.Semantics.Model;
using MineralPlan.Semantics.Schema;

namespace MineralPlan.Geometry.Interchange;

/// <summary>The attributes a zone or block is exported with (<see cref="FeatureFields"/>), in a fixed order: text or a number.</summary>
internal static class FeatureAttributes
{
    public static IReadOnlyList<(string Name, object Value)> Of(PlanItem item, CrsSpec? crs)
    {
        var result = new List<(string Name, object Value)>();
        void Text(string name, string? value)
        {
            if (value is not null)
            {
                result.Add((name, value));
            }
        }

        void Number(string name, decimal? value)
        {
            if (value is { } v)
            {
                result.Add((name, double.Parse(v.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)));
            }
        }

        Text(FeatureFields.Id, item.Id);
        Text(FeatureFields.Feature, item is Zone ? FeatureFields.ZoneFeature : FeatureFields.BlockFeature);
        Text(FeatureFields.Name, item.Name);
        switch (item)
        {
            case Zone z:
                Text(FeatureFields.Kind, Chinese(Words.ZoneKinds, z.ZoneKind));
                Text(FeatureFields.Level, Chinese(Words.Levels, z.Level));
                Text(FeatureFields.Minerals, Minerals(z));
                Number(FeatureFields.Area, AreaKm2(z.Area));
                Text(FeatureFields.Code, z.Code);
                Text(FeatureFields.County, z.County);
                Text(FeatureFields.Location, z.Location);
                Text(FeatureFields.Carries, z.Carries?.Text);
                Number(FeatureFields.Rights, z.Rights?.Value);
                Number(FeatureFields.ExistingRights, z.ExistingRights?.Value);
                Text(FeatureFields.MinScale, z.MinScale is { } m ? GeoJsonExporter.QuantityText(m) : null);
                break;
            case PlanningBlock b:
                Text(FeatureFields.Kind, Chinese(Words.BlockKinds, b.BlockKind));
                Text(FeatureFields.Level, Chinese(Words.Levels, b.Level));
                Text(FeatureFields.Minerals, Minerals(b));
                Number(FeatureFields.Area, AreaKm2(b.Area));
                Text(FeatureFields.Code, b.Code);
                Text(FeatureFields.County, b.County);
                Text(FeatureFields.Location, b.Location);
                Text(FeatureFields.Carries, b.Carries?.Text);
                Text(FeatureFields.MineralClass, Chinese(Words.MineralClasses, b.MineralClass));
                break;
        }

        Text(FeatureFields.Note, item.Note);
        Text(FeatureFields.Crs, crs?.Text);
        foreach (var (key, value) in item.Attributes.Where(a => !FeatureFields.Known.Contains(a.Key)))
        {
            result.Add((key, value));
        }

        return result;
    }

    private static string? Chinese(Vocabulary vocabulary, string? english) => english is null ? null : vocabulary.Find(english)?.Chinese ?? english;

    private static string? Chinese(Vocabulary vocabulary, Enum? word) => word is null ? null : Chinese(vocabulary, word.Word());

    private static string? Minerals(PlanItem item) => item.Minerals.IsEmpty ? null : string.Join("、", item.Minerals.Select(m => m.Written));

    /// <summary>A declared area in km² (the unit of the planning tables), whatever unit the plan wrote it in.</summary>
    private static decimal? AreaKm2(Quantity? area) => area?.Unit is { Dimension: Semantics.Units.Dimension.Area } ? area.BaseValue : area?.Value;
}
