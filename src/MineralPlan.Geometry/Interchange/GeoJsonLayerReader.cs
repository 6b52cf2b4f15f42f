using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Geometry.Crs;
using MineralPlan.Syntax;
using NetTopologySuite.IO.Converters;

namespace MineralPlan.Geometry.Interchange;

/// <summary>
/// Reads a GeoJSON FeatureCollection (or one Feature). Coordinates are CGCS2000 lon/lat unless the file
/// says otherwise: a <c>"坐标系"</c> member (as <c>mplan export --crs native</c> writes) or an old-style
/// <c>"crs"</c> naming EPSG:4490 (lon/lat), 4513–4533 (3° zones 25–45) or 4534–4554 (3° CM 75–135).
/// Each feature keeps its line and column so import findings point into the file.
/// </summary>
internal static class GeoJsonLayerReader
{
    public const string CrsMember = "坐标系";

    // The resolver is named rather than left to the default: the natively compiled check (README "Fast start") has no
    // default one, and every geometry would then read as missing. The converter does all the work; the resolver only
    // has to hand the Geometry type to it.
    public static readonly JsonSerializerOptions Options = new()
    {
        Converters = { new GeoJsonConverterFactory() },
        TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(),
    };

    public static (GisLayer? Layer, Diagnostic? Error) Read(string path, string displayPath)
    {
        var bytes = File.ReadAllBytes(path);
        var start = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        var json = bytes.AsMemory(start);
        var source = new SourceText(displayPath, Encoding.UTF8.GetString(json.Span));
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0) + 1;
            var column = ColumnOf(source, line, (int)(e.BytePositionInLine ?? 0));
            var span = new SourceSpan(displayPath, 0, 0, line, column, line, column);
            return (null, Diagnostic.Create(GeometryDiagnostics.ImportUnreadable, span, new Bilingual("not valid JSON", "不是有效的 JSON")));
        }

        using (document)
        {
            var root = document.RootElement;
            var type = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            var spans = FeatureSpans(json.Span, source);
            var features = ImmutableArray.CreateBuilder<GisFeature>();
            if (type == "FeatureCollection" && root.TryGetProperty("features", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                var i = 0;
                foreach (var f in list.EnumerateArray())
                {
                    features.Add(Feature(f, i, i < spans.Count ? spans[i] : source.Span(0, 0)));
                    i++;
                }
            }
            else if (type == "Feature")
            {
                features.Add(Feature(root, 0, source.Span(0, 0)));
            }
            else
            {
                return (null, Diagnostic.Create(GeometryDiagnostics.ImportUnreadable, source.Span(0, 0), new Bilingual("the top level is not a GeoJSON FeatureCollection or Feature", "顶层不是 GeoJSON 要素集或要素")));
            }

            return (new GisLayer(path, features.ToImmutable(), LayerCrs(root)), null);
        }
    }

    private static GisFeature Feature(JsonElement f, int index, SourceSpan span)
    {
        string? id = null;
        if (f.ValueKind == JsonValueKind.Object && f.TryGetProperty("id", out var idElement))
        {
            id = idElement.ValueKind switch
            {
                JsonValueKind.String => idElement.GetString(),
                JsonValueKind.Number => idElement.GetRawText(),
                _ => null,
            };
        }

        var attributes = ImmutableArray.CreateBuilder<KeyValuePair<string, object?>>();
        if (f.ValueKind == JsonValueKind.Object && f.TryGetProperty("properties", out var props) && props.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in props.EnumerateObject())
            {
                attributes.Add(new(p.Name, Value(p.Value)));
            }
        }

        NetTopologySuite.Geometries.Geometry? geometry = null;
        if (f.ValueKind == JsonValueKind.Object && f.TryGetProperty("geometry", out var g) && g.ValueKind == JsonValueKind.Object)
        {
            try
            {
                geometry = g.Deserialize<NetTopologySuite.Geometries.Geometry>(Options);
            }
            catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException or NotSupportedException)
            {
                // A malformed geometry is reported by whoever needs it (import, feature reference) as "no usable polygon".
                geometry = null;
            }
        }

        return new GisFeature(index, id, attributes.ToImmutable(), geometry, span);
    }

    private static object? Value(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.String => v.GetString(),
        JsonValueKind.Number => v.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => v.GetRawText(),
    };

    private static CrsSpec? LayerCrs(JsonElement root)
    {
        if (root.TryGetProperty(CrsMember, out var own) && own.ValueKind == JsonValueKind.String)
        {
            return CrsSpec.Parse(own.GetString());
        }

        if (root.TryGetProperty("crs", out var crs) && crs.ValueKind == JsonValueKind.Object
            && crs.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object
            && p.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String)
        {
            return FromEpsg(name.GetString() ?? string.Empty);
        }

        return null;
    }

    /// <summary>CGCS2000 EPSG codes: 4490 geographic, 4513–4533 3° zones 25–45 with prefix, 4534–4554 3° CM 75–135.</summary>
    public static CrsSpec? FromEpsg(string name)
    {
        var digits = new string([.. name.Reverse().TakeWhile(char.IsDigit).Reverse()]);
        if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var code))
        {
            return null;
        }

        return code switch
        {
            4490 => CrsSpec.LonLat,
            >= 4513 and <= 4533 => CrsSpec.GaussKrugerZone(code - 4513 + 25),
            >= 4534 and <= 4554 => CrsSpec.GaussKrugerMeridian((code - 4534 + 25) * 3),
            _ => null,
        };
    }

    /// <summary>Where each element of the top-level "features" array starts, as source spans.</summary>
    private static List<SourceSpan> FeatureSpans(ReadOnlySpan<byte> json, SourceText source)
    {
        var spans = new List<SourceSpan>();
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        var inFeatures = false;
        var bytesSeen = 0;
        var charsSeen = 0;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1)
            {
                inFeatures = reader.ValueTextEquals("features"u8);
            }
            else if (inFeatures && reader.TokenType == JsonTokenType.StartObject && reader.CurrentDepth == 2)
            {
                var offset = (int)reader.TokenStartIndex;
                charsSeen += Encoding.UTF8.GetCharCount(json[bytesSeen..offset]);
                bytesSeen = offset;
                spans.Add(source.Span(charsSeen, charsSeen + 1));
            }
        }

        return spans;
    }

    private static int ColumnOf(SourceText source, int line, int bytePosition)
    {
        var text = Encoding.UTF8.GetBytes(source.LineText(line));
        return Encoding.UTF8.GetCharCount(text, 0, Math.Min(bytePosition, text.Length)) + 1;
    }
}
