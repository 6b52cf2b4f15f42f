namespace MineralPlan.Abstractions.Plugins;

/// <summary>One .mplan file contributed by a plugin; Path is what diagnostics will show.</summary>
public sealed record PlanSourceFile(string Path, string Text);
