namespace MineralPlan.Geometry;

/// <summary>A piece of a message in both languages, for the argument slots a descriptor picks per language.</summary>
public readonly record struct Bilingual(string En, string Zh);
