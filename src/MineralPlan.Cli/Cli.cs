using System.CommandLine;
using MineralPlan.Cli.Commands;

namespace MineralPlan.Cli;

/// <summary>The command tree. Tests call <see cref="Run"/> with their own writers.</summary>
public static class Cli
{
    public static int Run(string[] args, TextWriter output, TextWriter error) =>
        Run(args, new CliContext(output, error, Directory.GetCurrentDirectory()));

    public static int Run(string[] args, CliContext context)
    {
        var (output, error) = (context.Output, context.Error);
        var root = new RootCommand("mplan: compile, check and render Chinese mineral resource plans (矿产资源总体规划) written in the MineralPlan DSL.")
        {
            CheckCommand.Create(context),
        };

        // The native front (NativeFront) runs only `check`. The condition is a constant when compiled ahead of time, so
        // the other commands and the libraries only they use (Word, Excel, Scriban, the language server) stay out of
        // the native image: a smaller image starts faster (README "Fast start").
        if (System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported)
        {
            foreach (var command in OtherCommands(context))
            {
                root.Add(command);
            }
        }

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors)
            {
                error.WriteLine("error: " + e.Message);
            }

            error.WriteLine("Run 'mplan --help' for usage.");
            return ExitCodes.BadUsageOrInput;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (JitRequiredException)
        {
            // The native front runs the same arguments in the JIT build (NativeFront).
            throw;
        }
        catch (IOException e)
        {
            // What the command could not read or write past its own diagnostics (a full disk for the report, say) is the
            // machine's trouble, not a bug to report: exit 2, so that a cut-short report never passes for a check.
            ReportIoFailure(error, e);
            return ExitCodes.BadUsageOrInput;
        }
        catch (Exception e)
        {
            // Last line of defence: a bug must still not print a stack trace at a planner.
            error.WriteLine("internal error: " + e.Message + " (please report this with the plan that caused it)");
            return 70;
        }
    }

    /// <summary>Says that reading or writing failed; if the error stream is gone too, the exit code alone says it.</summary>
    internal static void ReportIoFailure(TextWriter error, IOException e)
    {
        try
        {
            error.WriteLine($"mplan: reading or writing failed: {e.Message}");
        }
        catch (IOException)
        {
            // Nowhere left to say it.
        }
    }

    private static Command[] OtherCommands(CliContext context) =>
    [
        RenderCommand.Create(context),
        FmtCommand.Create(context),
        PluginsCommand.Create(context),
        AdmitCommand.Create(context),
        DiffCommand.Create(context),
        ExportCommand.Create(context),
        ImportCommand.Create(context),
        DbCommand.Create(context),
        ExplainCommand.Create(context),
        FixCommand.Create(context),
        TrustCommand.Create(context),
        LspCommand.Create(context),
        Isolation.WorkerCommand.Create(),
    ];
}
