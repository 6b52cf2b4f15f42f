using System.Collections.Immutable;
using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Geometry.Crs;

namespace MineralPlan.Geometry.Interchange;

/// <summary>A GeoJSON or shapefile layer: its features and the coordinate system the file declares, if any.</summary>
public sealed record GisLayer(string Path, ImmutableArray<GisFeature> Features, CrsSpec? Crs)
{
    /// <summary>
    /// GIS files larger than this are refused before reading. With the structure checked against the bytes
    /// (<see cref="ShapefileGuard"/>), reading a file costs memory in proportion to its size, never in
    /// proportion to a count the file merely announces.
    /// </summary>
    public const long MaxFileBytes = 256L << 20;

    /// <summary>
    /// Reads <paramref name="path"/> by its extension (.geojson/.json or .shp). A file that cannot be read
    /// gives an MP4020 diagnostic at the place in the file where reading failed, never an exception.
    /// </summary>
    public static (GisLayer? Layer, Diagnostic? Error) Read(string path, string displayPath)
    {
        var extension = System.IO.Path.GetExtension(path).ToLowerInvariant();
        if (Syntax.Files.FileKind.ReadProblem(path, MaxFileBytes) is { } problem)
        {
            return (null, Diagnostic.Create(GeometryDiagnostics.ImportUnreadable, SourceSpan.None(displayPath), new Bilingual($"{displayPath} {problem.En}", $"{displayPath} {problem.Zh}")));
        }

        try
        {
            if (extension == ".shp" && ShapefileGuard.Problem(path) is { } broken)
            {
                return (null, Diagnostic.Create(GeometryDiagnostics.ImportUnreadable, SourceSpan.None(displayPath), broken));
            }

            return extension switch
            {
                ".shp" => ShapefileLayerReader.Read(path, displayPath),
                ".geojson" or ".json" => GeoJsonLayerReader.Read(path, displayPath),
                _ => (null, Diagnostic.Create(GeometryDiagnostics.ImportUnreadable, SourceSpan.None(displayPath), new Bilingual($"unknown extension '{extension}'", $"未知扩展名“{extension}”"))),
            };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or NetTopologySuite.IO.Esri.ShapefileException or ArgumentException or NotSupportedException or FormatException or OverflowException or EndOfStreamException or IndexOutOfRangeException)
        {
            // Library readers throw on malformed binary files; that is bad input, not a crash.
            return (null, Diagnostic.Create(GeometryDiagnostics.ImportUnreadable, SourceSpan.None(displayPath), e.Message));
        }
    }
}
