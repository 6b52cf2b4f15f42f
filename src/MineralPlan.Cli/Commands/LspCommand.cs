using System.CommandLine;
using MineralPlan.LanguageServer;

namespace MineralPlan.Cli.Commands;

/// <summary><c>mplan lsp</c>: the language server on stdin/stdout, for editors (src/vscode-mplan starts it).</summary>
internal static class LspCommand
{
    public static Command Create(CliContext context)
    {
        var lang = CommonOptions.Lang();
        var plugins = CommonOptions.Plugins();
        var trust = new Option<bool>("--trust-scripts")
        {
            Description = "Run the plans' *.rule.csx rule scripts (in a worker process) as check --trust-scripts does.",
        };
        var command = new Command("lsp", "Run the language server (LSP 3.17 over stdin/stdout) for editors: findings as you type, completion, hover, go to definition, references, rename, outline, formatting, quick fixes and an HTML preview. Started by the VS Code extension; logs go to stderr.")
        {
            lang,
            plugins,
            trust,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            var pluginFolder = parse.GetValue(plugins);
            var options = new ServerOptions
            {
                Workspace = root => CliWorkspace.Options(context, pluginFolder, parse.GetValue(trust), []),
                Log = context.Error,
                Language = parse.GetValue(lang),
            };
            return await PlanLanguageServer.RunAsync(Console.OpenStandardInput(), Console.OpenStandardOutput(), options).ConfigureAwait(false);
        });
        return command;
    }
}
