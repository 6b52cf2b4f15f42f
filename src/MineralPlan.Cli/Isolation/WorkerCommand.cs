using System.CommandLine;
using System.Text.Json;
using MineralPlan.Abstractions.Plugins;
using MineralPlan.Checking;
using MineralPlan.Semantics;

namespace MineralPlan.Cli.Isolation;

/// <summary>
/// The hidden <c>mplan __worker scripts|plugins</c>: the child side of <see cref="WorkerProcess"/>. It reads one
/// request on stdin and answers line by line on its own stdout, which foreign code shares: a unit's output is
/// bracketed by begin/end lines so the host can tell whose fault an early end was.
/// </summary>
internal static class WorkerCommand
{
    public static Command Create()
    {
        var mode = new Argument<string>("MODE").AcceptOnlyFromAmong("scripts", "plugins");
        var command = new Command("__worker", "Internal: runs rule scripts or loads plugins for the host process.") { mode };
        command.Hidden = true;
        command.SetAction(parse =>
        {
            // Foreign code writing to Console.Out would corrupt the protocol; it gets a writer of its own.
            var protocol = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false)) { AutoFlush = true };
            Console.SetOut(TextWriter.Null);
            var request = Console.In.ReadToEnd();
            // The parent writes the request; "null" (or nothing) is a request that cannot be served, answered with no lines.
            var scripts = parse.GetValue(mode) == "scripts" ? JsonSerializer.Deserialize<ScriptRequest>(request, WorkerLine.Json) : null;
            var plugins = scripts is null ? JsonSerializer.Deserialize<PluginRequest>(request, WorkerLine.Json) : null;
            if ((scripts?.Nonce ?? plugins?.Nonce) is not { } nonce)
            {
                return ExitCodes.BadUsageOrInput;
            }

            void Send(WorkerLine line) => protocol.WriteLine((line with { Nonce = nonce }).ToJson());
            if (scripts is not null)
            {
                RunScripts(scripts, Send);
            }
            else if (plugins is not null)
            {
                LoadPlugins(plugins, Send);
            }

            Send(new WorkerLine { Done = true });
            return 0;
        });
        return command;
    }

    private static void RunScripts(ScriptRequest request, Action<WorkerLine> send)
    {
        var compilation = PlanLoader.LoadSource(ToSource(request.Plan));
        var ancestors = request.Ancestors.Select(a => PlanLoader.LoadSource(ToSource(a)).Plan).OfType<Semantics.Model.Plan>().ToList();
        if (compilation.Plan is not { } plan)
        {
            return;
        }

        var context = new RuleContext(compilation, plan, ancestors);
        foreach (var script in request.Scripts)
        {
            send(new WorkerLine { Begin = script.Display });
            var rule = new Scripting.ScriptRule(script.Path, script.Display, script.Code, TimeSpan.FromSeconds(request.TimeoutSeconds));
            foreach (var d in rule.Check(context))
            {
                send(new WorkerLine { Diagnostic = WireDiagnostic.From(d) });
            }

            send(new WorkerLine { End = script.Display });
        }
    }

    private static void LoadPlugins(PluginRequest request, Action<WorkerLine> send)
    {
        foreach (var dir in Plugins.PluginHost.PluginFolders(request.Folder).Where(d => !request.Skip.Contains(Path.GetFileName(d))))
        {
            var name = Path.GetFileName(dir);
            send(new WorkerLine { Begin = name });
            var (plugins, diagnostics) = Plugins.PluginHost.LoadOne(dir, request.Display);
            foreach (var p in plugins)
            {
                send(new WorkerLine
                {
                    Plugin = new WirePlugin(p.Name, p.Version, p.Path,
                        [.. p.Plans.Select(plan => new WirePlan(plan.Name, [.. plan.Files.Select(f => new WireFile(f.Path, f.Text))]))],
                        [.. p.TemplatePacks.Select(pack => new WirePack(pack.Name, pack.Description, [.. pack.Templates.Select(t => new WireFile(t.Name, t.Text))]))]),
                });
            }

            foreach (var d in diagnostics)
            {
                send(new WorkerLine { Diagnostic = WireDiagnostic.From(d) });
            }

            send(new WorkerLine { End = name });
        }
    }

    private static PlanSource ToSource(WirePlan plan) => new(plan.Name, [.. plan.Files.Select(f => new PlanSourceFile(f.Path, f.Text))]);
}
