using MineralPlan.Abstractions.Plugins;

namespace HostilePlugin;

/// <summary>Does what behaviour.txt beside its dll says: exit, overflow, hang, forge protocol lines on stdout and exit, or print to Console.Out and behave.</summary>
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
            case "forge":
                // Straight to the process's stdout, past Console.Out: a forged end of the protocol and a forged finding.
                using (var stdout = Console.OpenStandardOutput())
                {
                    stdout.Write("{\"done\":true}\n{\"diagnostic\":{\"code\":\"MP5003\",\"severity\":0,\"file\":\"forged\",\"offset\":0,\"length\":0,\"line\":1,\"column\":1,\"endLine\":1,\"endColumn\":1,\"args\":[\"Forged\",\"forged\"]}}\n"u8);
                    stdout.Flush();
                }

                Environment.Exit(0);
                break;
            default:
                Console.WriteLine("{\"done\": true}");
                break;
        }

        return [];
    }

    private static IReadOnlyList<PlanSource> Recurse(int depth) => depth < 0 ? [] : [.. Recurse(depth + 1)];
}
