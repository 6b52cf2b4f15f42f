using System.Collections.Concurrent;
using MineralPlan.Abstractions.Diagnostics;
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
    public (GisFeature? Feature, GisLayer? Layer, Bilingual? Error) Find(string folder, string reference) => Find(folder, reference, out _);

    /// <param name="outside">True when the reference leaves the workspace (MP4023); nothing was read then.</param>
    public (GisFeature? Feature, GisLayer? Layer, Bilingual? Error) Find(string folder, string reference, out bool outside)
    {
        var hash = reference.LastIndexOf('#');
        var file = reference[..hash].Trim();
        var key = reference[(hash + 1)..].Trim();
        var workspace = Semantics.WorkspaceRoot.OfPlanFolder(folder);
        outside = false;
        if (Syntax.Files.PathConfinement.Resolve(workspace, folder, file) is not { } path)
        {
            outside = true;
            return (null, null, new Bilingual(
                $"the file must lie inside the workspace ({Path.GetFileName(workspace)}/, the folder holding the plan folders); absolute paths, '..' out of it and links out of it are not followed; copy the file into the plan folder",
                $"文件必须位于工作区（{Path.GetFileName(workspace)}/，即存放各规划文件夹的目录）之内；不跟随绝对路径、跳出工作区的“..”和指向工作区外的链接；请把文件复制到规划文件夹中"));
        }

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
        if (Syntax.Files.FileKind.ReadProblem(path, GisLayer.MaxFileBytes) is { } problem)
        {
            return (null, new Bilingual($"the file {shown} {problem.En}", $"文件 {shown} {problem.Zh}"));
        }

        var (layer, error) = GisLayer.Read(path, shown);
        if (error is null)
        {
            return (layer, null);
        }

        var reason = error.Args.FirstOrDefault();
        var why = reason as Bilingual? ?? Bilingual.Same(Convert.ToString(reason, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty);
        return (null, new Bilingual($"{error.Span}: {why.En}", $"{error.Span}：{why.Zh}"));
    }
}
