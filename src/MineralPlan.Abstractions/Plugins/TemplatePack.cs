namespace MineralPlan.Abstractions.Plugins;

/// <summary>
/// A plugin's house style: Scriban templates that replace the built-in ones by file name
/// (plan.md.scriban, plan.html.scriban), chosen with <c>mplan render --templates NAME</c>.
/// </summary>
public sealed record TemplatePack(string Name, string Description, IReadOnlyList<TemplateFile> Templates);

/// <summary>One template of a pack: its file name and text.</summary>
public sealed record TemplateFile(string Name, string Text);
