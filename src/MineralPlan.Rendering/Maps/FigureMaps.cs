using MineralPlan.Geometry.Spatial;
using MineralPlan.Rendering.ViewModel;
using MineralPlan.Semantics.Model;

namespace MineralPlan.Rendering.Maps;

/// <summary>
/// Supplies render with maps for the plan's figures (附图) whose titles name a map drawn from zones and
/// blocks (总体布局图, 勘查规划图, 开采规划图, 区块分布图), and remembers what it drew so Markdown
/// output can write the SVG files it links to.
/// </summary>
public sealed class FigureMaps(Plan plan, string folder, Func<string, Syntax.SourceText?> sources)
{
    private readonly Lazy<SpatialPlan> _spatial = new(() => SpatialPlan.Read(plan, folder, sources));

    public List<FigureImage> Drawn { get; } = [];

    public FigureImage? Draw(Figure figure, string number)
    {
        var prefix = "map" + (Drawn.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + "-";
        if (MapKinds.Of(figure.DisplayName) is not { } kind || PlanMaps.Draw(_spatial.Value, kind, figure.DisplayName, prefix) is not { } map)
        {
            return null;
        }

        var image = new FigureImage(map.Svg, map.Png, map.WidthPx, map.HeightPx, $"{plan.Header.Id}-{number}.svg");
        Drawn.Add(image);
        return image;
    }
}
