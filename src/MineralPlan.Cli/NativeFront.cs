using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace MineralPlan.Cli;

/// <summary>
/// The natively compiled mplan (Native AOT, README "Fast start") runs the common short job itself — <c>mplan check</c>
/// of a plan or workspace, in any report format — and hands everything else to the JIT build beside it: plugins and
/// rule scripts load code at run time, and the document, editor, database and explain paths reflect over types the
/// native compiler may have trimmed. A check that meets such a path on its way (a trusted script, say) stops with
/// <see cref="JitRequiredException"/> and is run again by the JIT build, so the answer is always the JIT build's.
/// </summary>
internal static class NativeFront
{
    /// <summary>Exit code of <see cref="Cli.Run(string[], TextWriter, TextWriter)"/> for a bug or a path that needs the JIT.</summary>
    private const int InternalError = 70;

    /// <summary>Where the native build sits relative to the JIT build: <c>.mplan-build/native/mplan</c> beside <c>.mplan-build/mplan.dll</c>.</summary>
    public static string JitBuild => Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "mplan.dll"));

    /// <summary>True in the natively compiled process, where no code can be generated or loaded at run time.</summary>
    public static bool IsNative => !RuntimeFeature.IsDynamicCodeSupported;

    /// <summary>
    /// The exception to throw when a check in the native process reaches something only the JIT build can run. Callers test
    /// <see cref="RuntimeFeature.IsDynamicCodeSupported"/> themselves, not through this class: the native compiler reads
    /// it as a constant and leaves the code behind the test (worker processes, Roslyn, plugin loading) out of the image.
    /// </summary>
    public static JitRequiredException JitRequired(string what) => new(what);

    /// <summary>
    /// Whether the native process runs these arguments itself: <c>check</c> without plugins, rule scripts it is told
    /// to trust, a rights layer (GIS readers and database drivers) or a help request.
    /// </summary>
    public static bool Handles(IReadOnlyList<string> args) =>
        args.Count > 0 && args[0] == "check"
        && !args.Skip(1).Any(a => a is "-h" or "-?" or "--help" or "--plugins" or "--trust-scripts" or "--rights"
            || a.StartsWith("--plugins=", StringComparison.Ordinal) || a.StartsWith("--rights=", StringComparison.Ordinal));

    public static int Run(string[] args)
    {
        if (!Handles(args))
        {
            return HandOver(args);
        }

        // Held back until the run is known to be the native one's to finish: a hand-over must not print twice.
        var output = new StringWriter();
        var error = new StringWriter();
        int code;
        try
        {
            code = Cli.Run(args, output, error);
        }
        catch (JitRequiredException)
        {
            return HandOver(args);
        }

        // Exit 70 is a bug caught by Cli.Run's last line of defence: the JIT build gives the answer then, as for a hand-over.
        if (code == InternalError)
        {
            return HandOver(args);
        }

        try
        {
            Console.Out.Write(output.ToString());
            Console.Out.Flush();
            Console.Error.Write(error.ToString());
            return code;
        }
        catch (IOException e)
        {
            // The report was not all delivered (a full disk, say): the same answer as the JIT build's (Cli.Run). A reader
            // that closes its end early (`| head`) is not an error: .NET ignores a broken pipe, as shells expect.
            Cli.ReportIoFailure(Console.Error, e);
            return ExitCodes.BadUsageOrInput;
        }
    }

    /// <summary>Runs the JIT build with the same arguments and standard streams, and returns its exit code.</summary>
    private static int HandOver(string[] args)
    {
        var dll = JitBuild;
        if (!File.Exists(dll))
        {
            Console.Error.WriteLine($"mplan: this command needs the JIT build, which is missing ({dll}); run ./mplan from the repository to build it");
            return ExitCodes.BadUsageOrInput;
        }

        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet") { UseShellExecute = false };
        start.ArgumentList.Add(dll);
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        // Ctrl+C reaches both processes; the JIT build decides what it means.
        Console.CancelKeyPress += (_, e) => e.Cancel = true;
        try
        {
            using var process = Process.Start(start);
            if (process is null)
            {
                Console.Error.WriteLine("mplan: the JIT build did not start");
                return ExitCodes.BadUsageOrInput;
            }

            process.WaitForExit();
            return process.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Console.Error.WriteLine($"mplan: cannot start the JIT build with 'dotnet' ({e.Message}); is the .NET SDK on PATH?");
            return ExitCodes.BadUsageOrInput;
        }
    }
}

/// <summary>The native process met something only the JIT build can run (<see cref="NativeFront.JitRequired"/>).</summary>
internal sealed class JitRequiredException(string what) : Exception($"needs the JIT build: {what}");
