using System.Collections.Immutable;
using McMaster.NETCore.Plugins;
using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Abstractions.Plugins;

namespace MineralPlan.Plugins;

/// <summary>
/// Finds the plugins under a folder (each sub-folder <c>Name/</c> holds <c>Name.dll</c>) and loads one: the CLI loads
/// each in a worker process (Isolation/PluginSandbox) unless the user trusts it. Plugins share only the contract
/// assembly with the host (McMaster.NETCore.Plugins load contexts).
/// </summary>
public static class PluginHost
{
    /// <summary>The plugin folders under <paramref name="folder"/> (each holds Name/Name.dll), in name order.</summary>
    public static IEnumerable<string> PluginFolders(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal).Where(d => File.Exists(Path.Combine(d, Path.GetFileName(d) + ".dll")))
            : [];

    /// <summary>Loads the plugin in one folder (Name/Name.dll) in this process: run it in a worker process when it is not trusted.</summary>
    public static (ImmutableArray<LoadedPlugin> Plugins, ImmutableArray<Diagnostic> Diagnostics) LoadOne(string dir, string displayFolder)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var plugins = ImmutableArray.CreateBuilder<LoadedPlugin>();
        var name = Path.GetFileName(dir);
        var dll = Path.Combine(dir, name + ".dll");
        var shown = displayFolder.TrimEnd('/') + "/" + name + "/" + name + ".dll";
        IReadOnlyList<IPlanPlugin> instances;
        try
        {
            var loader = PluginLoader.CreateFromAssemblyFile(dll, sharedTypes: [typeof(IPlanPlugin)]);
            var assembly = loader.LoadDefaultAssembly();
            instances = [.. assembly.GetExportedTypes()
                .Where(t => typeof(IPlanPlugin).IsAssignableFrom(t) && !t.IsAbstract && t.GetConstructor(Type.EmptyTypes) is not null)
                .Select(t => Activator.CreateInstance(t)).OfType<IPlanPlugin>()];
        }
        catch (Exception e)
        {
            diagnostics.Add(Diagnostic.Create(PluginDiagnostics.LoadFailed, SourceSpan.None(shown), name, Inner(e).Message));
            return (plugins.ToImmutable(), diagnostics.ToImmutable());
        }

        if (instances.Count == 0)
        {
            diagnostics.Add(Diagnostic.Create(PluginDiagnostics.NoPluginType, SourceSpan.None(shown), shown));
        }

        foreach (var plugin in instances)
        {
            try
            {
                plugins.Add(new LoadedPlugin(plugin.Name, plugin.Version, shown, plugin.GetPlans()) { TemplatePacks = plugin.GetTemplatePacks() });
            }
            catch (Exception e)
            {
                diagnostics.Add(Diagnostic.Create(PluginDiagnostics.PluginThrew, SourceSpan.None(shown), name, Inner(e).Message));
            }
        }

        return (plugins.ToImmutable(), diagnostics.ToImmutable());
    }

    private static Exception Inner(Exception e) => e is System.Reflection.TargetInvocationException { InnerException: { } inner } ? inner : e;
}
