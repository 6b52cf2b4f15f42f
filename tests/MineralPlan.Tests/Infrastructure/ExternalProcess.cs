using System.Diagnostics;

namespace MineralPlan.Tests.Infrastructure;

/// <summary>Outside programs the tests run (validators, npm, node): whether one is installed, and one bounded run of it.</summary>
public static class ExternalProcess
{
    public static bool OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':').Any(d => File.Exists(Path.Combine(d, name)));

    /// <summary>Runs <paramref name="file"/> to its end or for <paramref name="limit"/> (then its process tree is ended); returns its exit code and everything it printed.</summary>
    public static (int Code, string Output) Run(string file, IEnumerable<string> args, string directory, TimeSpan limit,
        params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = directory };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return (-1, $"timed out after {limit.TotalMinutes:0} minutes\n" + stdout.Result + stderr.Result);
        }

        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
