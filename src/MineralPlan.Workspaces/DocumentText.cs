namespace MineralPlan.Workspaces;

/// <summary>The text of a file as an editor holds it (unsaved changes included), with the editor's version number.</summary>
public sealed record DocumentText(string Text, int Version);
