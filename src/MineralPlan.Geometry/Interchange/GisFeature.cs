using System.Collections.Immutable;
using MineralPlan.Abstractions.Diagnostics;

namespace MineralPlan.Geometry.Interchange;

/// <summary>
/// One feature of a GIS layer: its position in the layer (0-based, as QGIS and ArcGIS number shapefile
/// records), its id, its attributes as text or numbers, its geometry, and where it is in the file.
/// </summary>
public sealed record GisFeature(
    int Index,
    string? Id,
    ImmutableArray<KeyValuePair<string, object?>> Attributes,
    NetTopologySuite.Geometries.Geometry? Geometry,
    SourceSpan Span)
{
    public object? this[string name] => Attributes.FirstOrDefault(a => a.Key == name).Value;

    /// <summary>The attribute as text (numbers in invariant culture), or null when absent or empty.</summary>
    public string? Text(string name) => this[name] switch
    {
        null => null,
        string s => s.Length == 0 ? null : s,
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        var other => other.ToString(),
    };

    /// <summary>Does <paramref name="key"/> name this feature: its id, or its 标识 / 编号 attribute.</summary>
    public bool Matches(string key) => Id == key || Text("标识") == key || Text("编号") == key;
}
