using System.Reflection;
using MineralPlan.Abstractions.Plugins;

namespace MineralPlan.Plugins.Packaged;

/// <summary>
/// A plugin whose plans are .mplan files embedded as resources named <c>plans/&lt;plan&gt;/&lt;file&gt;</c>.
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

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource) ?? throw new InvalidOperationException("missing resource " + resource);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
