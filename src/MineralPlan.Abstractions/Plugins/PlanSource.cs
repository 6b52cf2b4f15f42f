namespace MineralPlan.Abstractions.Plugins;

/// <summary>A whole plan (one folder's worth of files) packaged by a plugin, found by its name.</summary>
public sealed record PlanSource(string Name, IReadOnlyList<PlanSourceFile> Files);
