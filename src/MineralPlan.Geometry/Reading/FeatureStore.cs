using System.Collections.Concurrent;
using MineralPlan.Geometry.Interchange;

namespace MineralPlan.Geometry.Reading;

/// <summary>
/// GIS files referenced by boundaries (<c>"file.geojson#id"</c>, <c>"file.shp#3"</c>), read once per
/// check however many boundaries point into them. Thread-safe: plans may be checked in parallel.
/// </summary>
internal sealed class FeatureStore
{
    private readonly ConcurrentDictionary<string, Lazy<(GisLayer? Layer, Bilingual? Error)>> _layers = new(StringComparer.Ordinal);

    /// <summary>The feature <paramref name="reference"/> names, relative to <paramref name="folder"/>, or why it cannot be had.</summary>
    public (GisFeature? Feature, GisLayer? Layer, Bilingual? Error) Find(string folder, string reference)
    {
        var hash = reference.LastIndexOf('#');
        var file = reference[..hash].Trim();
        var key = reference[(hash + 1)..].Trim();
        var path = Path.GetFullPath(Path.Combine(folder, file));
        var (layer, error) = _layers.GetOrAdd(path, p => new Lazy<(GisLayer?, Bilingual?)>(() => Load(p, file))).Value;
        if (layer is null)
        {
            return (null, null, error ?? new Bilingual("unreadable", "无法读取"));
        }

        var feature = int.TryParse(key, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index) && index < layer.Features.Length
            ? layer.Features[index]
            : layer.Features.FirstOrDefault(f => f.Matches(key));
        return feature is null
            ? (null, layer, new Bilingual($"the file has no feature '{key}' (by id, 标识/编号 attribute, or 0-based index)", $"文件中没有要素“{key}”（按 id、标识/编号 属性或从 0 起的序号）"))
            : (feature, layer, null);
    }

    private static (GisLayer?, Bilingual?) Load(string path, string shown)
    {
        if (!File.Exists(path))
        {
            return (null, new Bilingual($"the file {shown} does not exist", $"文件 {shown} 不存在"));
        }

        var (layer, error) = GisLayer.Read(path, shown);
        if (error is null)
        {
            return (layer, null);
        }

        var why = Convert.ToString(error.Args.FirstOrDefault(), System.Globalization.CultureInfo.InvariantCulture);
        return (null, new Bilingual($"{error.Span}: {why}", $"{error.Span}：{why}"));
    }
}
