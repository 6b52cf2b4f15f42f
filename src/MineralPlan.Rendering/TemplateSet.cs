using Scriban;

namespace MineralPlan.Rendering;

/// <summary>
/// Finds templates by name: first in an override folder (a user's or a plugin's house style),
/// then among the embedded ones.
/// </summary>
public sealed class TemplateSet(string? overrideFolder = null)
{
    public Template Load(string name)
    {
        string text;
        string path;
        var overridePath = overrideFolder is null ? null : Path.Combine(overrideFolder, name);
        if (overridePath is not null && File.Exists(overridePath))
        {
            text = File.ReadAllText(overridePath);
            path = overridePath;
        }
        else
        {
            var resource = "MineralPlan.Rendering.Templates." + name;
            using var stream = typeof(TemplateSet).Assembly.GetManifestResourceStream(resource)
                ?? throw new TemplateException($"no template named '{name}'");
            using var reader = new StreamReader(stream);
            text = reader.ReadToEnd();
            path = "(embedded)/" + name;
        }

        var template = Template.Parse(text, path);
        if (template.HasErrors)
        {
            throw new TemplateException(string.Join("\n", template.Messages.Select(m => m.ToString())));
        }

        return template;
    }
}
