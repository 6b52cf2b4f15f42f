using System.Reflection;
using MineralPlan.Abstractions.Plugins;

namespace MineralPlan.Plugins.Packaged;

/// <summary>
/// A plugin whose plans are .mplan files embedded as resources named <c>plans/&lt;plan&gt;/&lt;file&gt;</c>,
/// and whose template packs are resources named <c>templates/&lt;pack&gt;/&lt;file&gt;</c> (a pack's
/// description is its <c>README.txt</c>).
/// Compiled into each plan plugin (linked source), since plugins share nothing but the contract.
/// </summary>
public abstract class EmbeddedPlanPlugin(string name, params string[] plans) : IPlanPlugin
{
    public string Name => name;

    public string Version =>
        GetType().Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public IReadOnlyList<PlanSource> GetPlans()
    {
        var assembly = GetType().Assembly;
        var resources = assembly.GetManifestResourceNames();
        return [.. plans.Select(plan => new PlanSource(plan, [.. resources
            .Where(r => r.StartsWith("plans/" + plan + "/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(r => new PlanSourceFile(r, Read(assembly, r)))]))];
    }

    public IReadOnlyList<TemplatePack> GetTemplatePacks()
    {
        var assembly = GetType().Assembly;
        var templates = assembly.GetManifestResourceNames().Where(r => r.StartsWith("templates/", StringComparison.Ordinal) && r.Split('/').Length == 3);
        return [.. templates.GroupBy(r => r.Split('/')[1]).OrderBy(g => g.Key, StringComparer.Ordinal).Select(pack => new TemplatePack(
            pack.Key,
            pack.Where(r => r.EndsWith("/README.txt", StringComparison.Ordinal)).Select(r => Read(assembly, r).Trim()).FirstOrDefault() ?? string.Empty,
            [.. pack.Where(r => r.EndsWith(".scriban", StringComparison.Ordinal)).Order(StringComparer.Ordinal).Select(r => new TemplateFile(r.Split('/')[2], Read(assembly, r)))]))];
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource) ?? throw new InvalidOperationException("missing resource " + resource);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
