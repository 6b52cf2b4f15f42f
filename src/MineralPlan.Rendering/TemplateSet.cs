using MineralPlan.Abstractions.Plugins;
using Scriban;

namespace MineralPlan.Rendering;

/// <summary>
/// Finds templates by name: first among the overrides (a user's folder, or a plugin's template pack:
/// a province's house style), then among the embedded ones.
/// </summary>
public sealed class TemplateSet
{
    private readonly string? _folder;
    private readonly TemplatePack? _pack;
    private readonly string _packLocation = string.Empty;

    public TemplateSet(string? overrideFolder = null) => _folder = overrideFolder;

    /// <param name="location">Where the pack came from, shown in template errors (e.g. the plugin's path).</param>
    public TemplateSet(TemplatePack pack, string location)
    {
        _pack = pack;
        _packLocation = location;
    }

    public Template Load(string name)
    {
        var (text, path) = Override(name) ?? Embedded(name);
        var template = Template.Parse(text, path);
        if (template.HasErrors)
        {
            throw new TemplateException(string.Join("\n", template.Messages.Select(m => m.ToString())));
        }

        return template;
    }

    private (string Text, string Path)? Override(string name)
    {
        if (_folder is not null && Path.Combine(_folder, name) is var file && File.Exists(file))
        {
            return (File.ReadAllText(file), file);
        }

        return _pack?.Templates.FirstOrDefault(t => t.Name == name) is { } packed
            ? (packed.Text, $"{_packLocation}:{_pack.Name}/{name}")
            : null;
    }

    private static (string Text, string Path) Embedded(string name)
    {
        var resource = "MineralPlan.Rendering.Templates." + name;
        using var stream = typeof(TemplateSet).Assembly.GetManifestResourceStream(resource)
            ?? throw new TemplateException($"no template named '{name}'");
        using var reader = new StreamReader(stream);
        return (reader.ReadToEnd(), "(embedded)/" + name);
    }
}
