namespace MineralPlan.Geometry.Interchange;

/// <summary>
/// dBASE field names are at most 10 bytes, too short for the Chinese attribute names of
/// <see cref="FeatureFields"/>: shapefiles use these ASCII names, and import maps them back.
/// </summary>
public static class ShapefileFields
{
    public static readonly IReadOnlyList<(string Field, string Short)> Map =
    [
        (FeatureFields.Id, "ID"),
        (FeatureFields.Feature, "FEATURE"),
        (FeatureFields.Name, "NAME"),
        (FeatureFields.Kind, "KIND"),
        (FeatureFields.Level, "LEVEL"),
        (FeatureFields.Minerals, "MINERALS"),
        (FeatureFields.Area, "AREA_KM2"),
        (FeatureFields.Code, "CODE"),
        (FeatureFields.County, "COUNTY"),
        (FeatureFields.Location, "LOCATION"),
        (FeatureFields.Carries, "CARRIES"),
        (FeatureFields.Rights, "RIGHTS"),
        (FeatureFields.ExistingRights, "EXIST_RGTS"),
        (FeatureFields.MinScale, "MIN_SCALE"),
        (FeatureFields.MineralClass, "MIN_CLASS"),
        (FeatureFields.Note, "NOTE"),
        (FeatureFields.Crs, "CRS"),
    ];

    /// <summary>The longest a dBASE field name may be, in bytes of the file's encoding (UTF-8 here).</summary>
    public const int MaxNameBytes = 10;

    private static readonly Dictionary<string, string> ToShortNames = Map.ToDictionary(m => m.Field, m => m.Short, StringComparer.Ordinal);

    private static readonly Dictionary<string, string> FromShortNames = Map.ToDictionary(m => m.Short, m => m.Field, StringComparer.OrdinalIgnoreCase);

    /// <summary>The dBASE name of an attribute, or null when it cannot have one (an unknown name over 10 bytes).</summary>
    public static string? ShortName(string field) =>
        ToShortNames.TryGetValue(field, out var s) ? s
        : System.Text.Encoding.UTF8.GetByteCount(field) <= MaxNameBytes && !FromShortNames.ContainsKey(field) ? field
        : null;

    /// <summary>The attribute a dBASE field name stands for (an unknown name stands for itself).</summary>
    public static string LongName(string dbfName) => FromShortNames.TryGetValue(dbfName, out var f) ? f : dbfName;
}
