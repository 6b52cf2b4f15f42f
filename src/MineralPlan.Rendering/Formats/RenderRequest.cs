using MineralPlan.Rendering.Maps;

namespace MineralPlan.Rendering.Formats;

/// <summary>What a host gives a format besides the plan: the templates (text formats), the maps of its figures, and when to stop.</summary>
public sealed record RenderRequest(TemplateSet? Templates = null, FigureMaps? Figures = null, CancellationToken Cancellation = default);
