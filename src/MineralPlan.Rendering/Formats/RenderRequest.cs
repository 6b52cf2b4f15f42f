using MineralPlan.Rendering.Maps;
using MineralPlan.Rendering.ViewModel;
using MineralPlan.Semantics.Model;

namespace MineralPlan.Rendering.Formats;

/// <summary>What a host gives a format besides the plan: the templates (text formats), the maps of its figures, and when to stop.</summary>
public sealed record RenderRequest(TemplateSet? Templates = null, FigureMaps? Figures = null, CancellationToken Cancellation = default)
{
    /// <summary>What draws a figure's map for the renderers (none without maps).</summary>
    public Func<Figure, string, FigureImage?>? Draw => Figures is { } maps ? maps.Draw : null;
}
