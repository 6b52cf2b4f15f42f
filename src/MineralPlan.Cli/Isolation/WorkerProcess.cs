using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;

namespace MineralPlan.Cli.Isolation;

/// <summary>
/// Runs foreign code (rule scripts, plugins) in a child process: this same mplan assembly started with
/// the hidden <c>__worker</c> command. A collectible load context cannot stop <c>Environment.Exit</c>, a
/// stack overflow or an allocation storm; a process can, and its death is reported instead of shared.
/// The child gets a hard GC heap limit, and is killed when it stays silent longer than allowed.
/// </summary>
internal static class WorkerProcess
{
    /// <summary>The child's GC heap limit: foreign code that allocates beyond it fails with OutOfMemory in the child alone.</summary>
    public const long HeapLimitBytes = 1L << 30;

    public sealed record Outcome(IReadOnlyList<WorkerLine> Lines, int ExitCode, bool TimedOut, string ErrorTail)
    {
        public bool Finished => Lines.Any(l => l.Done);

        /// <summary>The unit (script or plugin) that had begun and not ended when the worker stopped.</summary>
        public string? Unfinished
        {
            get
            {
                var open = Lines.LastOrDefault(l => l.Begin is not null)?.Begin;
                return open is not null && !Lines.Any(l => l.End == open) ? open : null;
            }
        }
    }

    /// <param name="request">Builds the request around the nonce this run's lines must carry.</param>
    public static Outcome Run(string mode, Func<string, object> request, TimeSpan idleLimit)
    {
        var nonce = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
            StandardInputEncoding = new UTF8Encoding(false),
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(typeof(WorkerProcess).Assembly.Location);
        start.ArgumentList.Add("__worker");
        start.ArgumentList.Add(mode);
        start.Environment["DOTNET_GCHeapHardLimit"] = HeapLimitBytes.ToString("X", System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["DOTNET_TieredPGO"] = "0";
        start.Environment["DOTNET_DbgEnableMiniDump"] = "0";

        using var lines = new BlockingCollection<string?>();
        var error = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => lines.Add(e.Data);
        process.ErrorDataReceived += (_, e) =>
        {
            lock (error)
            {
                // Keep the tail only: a crashing child may print a very long stack.
                if (e.Data is not null && error.Length < 16_384)
                {
                    error.AppendLine(e.Data);
                }
            }
        };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            process.StandardInput.Write(System.Text.Json.JsonSerializer.Serialize(request(nonce), WorkerLine.Json));
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The child died before reading its request; its exit code says why.
        }

        var received = new List<WorkerLine>();
        var timedOut = false;
        while (true)
        {
            if (!lines.TryTake(out var line, idleLimit))
            {
                timedOut = true;
                Kill(process);
                break;
            }

            if (line is null)
            {
                break;
            }

            if (WorkerLine.Parse(line) is { } parsed && parsed.Nonce == nonce)
            {
                received.Add(parsed);
            }
        }

        if (!process.WaitForExit(TimeSpan.FromSeconds(10)))
        {
            Kill(process);
        }

        process.WaitForExit();
        lock (error)
        {
            return new Outcome(received, process.ExitCode, timedOut, error.ToString());
        }
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    /// <summary>The dotnet host that runs this process's framework (shared/Microsoft.NETCore.App/x.y.z is three levels below it).</summary>
    private static string DotnetHost()
    {
        var name = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        if (Environment.ProcessPath is { } self && Path.GetFileName(self) == name)
        {
            return self;
        }

        var root = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        var candidate = Path.Combine(root, name);
        return File.Exists(candidate) ? candidate : name;
    }

    /// <summary>Why the worker stopped early, in both languages, from its exit code and last words.</summary>
    public static (string En, string Zh) Cause(Outcome outcome)
    {
        if (outcome.TimedOut)
        {
            return ("stopped responding and was stopped", "长时间无响应，已被终止");
        }

        if (outcome.ErrorTail.Contains("Stack overflow", StringComparison.Ordinal))
        {
            return ("overflowed the stack (unbounded recursion?)", "栈溢出（可能是无限递归）");
        }

        if (outcome.ErrorTail.Contains("OutOfMemory", StringComparison.Ordinal))
        {
            return ($"ran out of memory (the limit is {HeapLimitBytes >> 20} MB)", $"内存耗尽（上限 {HeapLimitBytes >> 20} MB）");
        }

        return ($"ended the process (exit code {outcome.ExitCode})", $"结束了进程（退出码 {outcome.ExitCode}）");
    }
}
