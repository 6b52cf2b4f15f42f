using MineralPlan.Abstractions.Plugins;

namespace HostilePlugin;

/// <summary>Does what behaviour.txt beside its dll says: exit, overflow, hang, or print to stdout and behave.</summary>
public sealed class HostilePlugin : IPlanPlugin
{
    public string Name => "Hostile";

    public string Version => "0.0.1";

    public IReadOnlyList<PlanSource> GetPlans()
    {
        var file = Path.Combine(Path.GetDirectoryName(typeof(HostilePlugin).Assembly.Location) ?? ".", "behaviour.txt");
        var behaviour = File.Exists(file) ? File.ReadAllText(file).Trim() : "exit";
        switch (behaviour)
        {
            case "exit":
                Environment.Exit(0);
                break;
            case "overflow":
                return Recurse(0);
            case "hang":
                Thread.Sleep(Timeout.Infinite);
                break;
            default:
                Console.WriteLine("{\"done\": true}");
                break;
        }

        return [];
    }

    private static IReadOnlyList<PlanSource> Recurse(int depth) => depth < 0 ? [] : [.. Recurse(depth + 1)];
}
